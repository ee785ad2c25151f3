import type pg from "pg";
import type { Unit } from "../reference/units";
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

/** The dataset's id and unit by its slug, without a lock (an id never changes): null when there is no such dataset. */
export async function findDataset(db: Queryable, slug: string): Promise<{ id: number; unit: Unit } | null> {
  const { rows } = await db.query<{ id: number; unit: Unit }>(`SELECT id, unit FROM datasets WHERE slug = $1`, [slug]);
  return rows[0] ?? null;
}

/**
 * Locks the dataset's row until the transaction ends, so that imports, commits, discards and rollbacks of one
 * dataset run one after the other, and returns its current edition as the lock found it. No join: when the statement
 * waits behind a transaction that moved current_edition_id, PostgreSQL re-reads only the locked row, so any joined
 * row would be the one from before the wait. Read anything else about the editions in a later statement.
 */
export async function lockDataset(
  client: pg.PoolClient,
  datasetId: number,
): Promise<{ currentEditionId: number | null; unit: Unit } | null> {
  const { rows } = await client.query<{ current_edition_id: number | null; unit: Unit }>(
    `SELECT current_edition_id, unit FROM datasets WHERE id = $1 FOR UPDATE`,
    [datasetId],
  );
  const row = rows[0];
  return row ? { currentEditionId: row.current_edition_id, unit: row.unit } : null;
}

/** Makes an edition its dataset's current one (a trigger records the change in edition_events). */
export async function setCurrentEdition(client: pg.PoolClient, datasetId: number, editionId: number): Promise<void> {
  await client.query(`UPDATE datasets SET current_edition_id = $2 WHERE id = $1`, [datasetId, editionId]);
}
