import type { Queryable } from "./queryable";

export interface DatasetRow {
  slug: string;
  name: string;
  publisher: string;
  definition: string;
  license: string;
  sourceUrl: string;
  description: string;
}

/** Adds a dataset; false when one with this slug exists already (nothing is changed then). */
export async function insertDataset(db: Queryable, d: DatasetRow): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO datasets (slug, name, publisher, definition, license, source_url, description)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (slug) DO NOTHING`,
    [d.slug, d.name, d.publisher, d.definition, d.license, d.sourceUrl, d.description],
  );
  return rowCount === 1;
}

/** Rewrites a dataset's metadata (figures untouched); false when there is no dataset with this slug. */
export async function updateDatasetMetadata(db: Queryable, d: DatasetRow): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE datasets SET name = $2, publisher = $3, definition = $4, license = $5, source_url = $6, description = $7
      WHERE slug = $1`,
    [d.slug, d.name, d.publisher, d.definition, d.license, d.sourceUrl, d.description],
  );
  return rowCount === 1;
}

/** Every dataset's slug, in order. */
export async function listDatasetSlugs(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ slug: string }>(`SELECT slug FROM datasets ORDER BY slug`);
  return rows.map((r) => r.slug);
}
