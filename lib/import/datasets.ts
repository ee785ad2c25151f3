import { z } from "zod";
import { DEFINITIONS } from "./definitions";
import { insertDataset, updateDatasetMetadata } from "../db/datasets";
import { getPool } from "../db/pool";
import type { Queryable } from "../db/queryable";
import { AppError } from "../errors/app-error";
import { zPlainText } from "./plain-text";

export const ZNewDataset = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "lowercase letters, digits and dashes"),
  name: zPlainText({ min: 2, max: 200 }),
  publisher: zPlainText({ min: 2, max: 200 }),
  definition: z.enum(DEFINITIONS),
  license: zPlainText({ min: 2, max: 500, multiline: true }),
  sourceUrl: z.url({ protocol: /^https?$/ }),
  description: zPlainText({ max: 2000, multiline: true }).default(""),
});
export type TNewDataset = z.infer<typeof ZNewDataset>;

export async function createDataset(input: TNewDataset, db: Queryable = getPool()): Promise<{ slug: string }> {
  if (!(await insertDataset(db, input)))
    throw new AppError("duplicate_dataset", `A dataset "${input.slug}" already exists.`);
  return { slug: input.slug };
}

export const ZDatasetEdit = ZNewDataset.omit({ slug: true });
export type TDatasetEdit = z.infer<typeof ZDatasetEdit>;

/** Corrects a dataset's metadata (publisher, definition, license, source, description); figures are untouched. */
export async function updateDataset(
  slug: string,
  input: TDatasetEdit,
  db: Queryable = getPool(),
): Promise<{ slug: string }> {
  if (!(await updateDatasetMetadata(db, { ...input, slug })))
    throw new AppError("unknown_dataset", `Unknown dataset "${slug}".`);
  return { slug };
}
