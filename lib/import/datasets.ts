import type pg from "pg";
import { z } from "zod";
import { DEFINITIONS } from "./definitions";
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

export async function createDataset(pool: pg.Pool, input: TNewDataset): Promise<{ slug: string }> {
  const { rowCount } = await pool.query(
    `INSERT INTO datasets (slug, name, publisher, definition, license, source_url, description) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (slug) DO NOTHING`,
    [input.slug, input.name, input.publisher, input.definition, input.license, input.sourceUrl, input.description],
  );
  if (!rowCount) throw new AppError("duplicate_dataset", `A dataset "${input.slug}" already exists.`);
  return { slug: input.slug };
}

export const ZDatasetEdit = ZNewDataset.omit({ slug: true });
export type TDatasetEdit = z.infer<typeof ZDatasetEdit>;

/** Corrects a dataset's metadata (publisher, definition, license, source, description); figures are untouched. */
export async function updateDataset(pool: pg.Pool, slug: string, input: TDatasetEdit): Promise<{ slug: string }> {
  const { rowCount } = await pool.query(
    `UPDATE datasets SET name = $2, publisher = $3, definition = $4, license = $5, source_url = $6, description = $7 WHERE slug = $1`,
    [slug, input.name, input.publisher, input.definition, input.license, input.sourceUrl, input.description],
  );
  if (!rowCount) throw new AppError("unknown_dataset", `Unknown dataset "${slug}".`);
  return { slug };
}
