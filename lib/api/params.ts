import { z } from "zod";
import { editionIdOf } from "../dashboard/state/edition-id";

/** An edition id in a route (`/api/editions/12`), as links write it (lib/dashboard/state/edition-id.ts). */
const ZEditionId = z
  .string()
  .refine((text) => editionIdOf(text) !== null, "Not an edition id.")
  .transform(Number);

export const parseEditionId = (id: string) => ZEditionId.parse(id);
