import type pg from "pg";
import { AppError } from "../errors/app-error";

/**
 * How a file relates to the dataset's current edition. "replace": the file is the whole new edition. "update":
 * the new edition is the current one plus the file's figures, added or revised; nothing is removed. Unset: the file
 * goes ahead only if it removes nothing, so a partial file can never silently replace a whole edition.
 */
export type EditionMode = "replace" | "update";

/** Copies into the new edition every current figure the file does not give; returns how many. */
export async function carryOver(client: pg.PoolClient, from: number, to: number): Promise<number> {
  const result = await client.query(
    `INSERT INTO observations (edition_id, country_iso3, year, value, status, note, source)
     SELECT $2, c.country_iso3, c.year, c.value, c.status, c.note, c.source FROM observations c
      WHERE c.edition_id = $1
        AND NOT EXISTS (SELECT 1 FROM observations n WHERE n.edition_id = $2 AND n.country_iso3 = c.country_iso3 AND n.year = c.year)`,
    [from, to],
  );
  return result.rowCount ?? 0;
}

/** The edition an update names, checked: a committed edition of the same dataset (its figures are the ones carried). */
export async function updateBase(client: pg.PoolClient, datasetId: number, editionId: number): Promise<number> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM editions WHERE id = $1 AND dataset_id = $2 AND status = 'committed'`,
    [editionId, datasetId],
  );
  if (!rowCount)
    throw new AppError(
      "invalid_request",
      `Edition #${editionId} is not a committed edition of this dataset, so it cannot be updated.`,
    );
  return editionId;
}

/** Figures of `from` that `to` does not have: what making `to` current would remove. */
export async function countRemovals(
  client: pg.PoolClient | pg.Pool,
  from: number | null,
  to: number,
): Promise<{ removed: number; total: number }> {
  if (from === null) return { removed: 0, total: 0 };
  const { rows } = await client.query<{ removed: number; total: number }>(
    `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM observations n WHERE n.edition_id = $2 AND n.country_iso3 = c.country_iso3 AND n.year = c.year))::int AS removed,
            count(*)::int AS total
       FROM observations c WHERE c.edition_id = $1`,
    [from, to],
  );
  return rows[0] ?? { removed: 0, total: 0 };
}

/** Whether `to` differs from `from` in any figure: value, status, note or source, added or removed. */
export async function editionsDiffer(client: pg.PoolClient, from: number, to: number): Promise<boolean> {
  const { rows } = await client.query<{ differs: boolean }>(
    `SELECT EXISTS (
       (SELECT country_iso3, year, value, status, note, source FROM observations WHERE edition_id = $1
        EXCEPT ALL SELECT country_iso3, year, value, status, note, source FROM observations WHERE edition_id = $2)
       UNION ALL
       (SELECT country_iso3, year, value, status, note, source FROM observations WHERE edition_id = $2
        EXCEPT ALL SELECT country_iso3, year, value, status, note, source FROM observations WHERE edition_id = $1)
     ) AS differs`,
    [from, to],
  );
  return rows[0]!.differs;
}
