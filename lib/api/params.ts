import { z } from "zod";

export const parseEditionId = (id: string) => z.coerce.number().int().positive().parse(id);
