import type { Queryable } from "./queryable";

/** Copies into edition `to` every figure of `from` that `to` does not have; returns how many. */
export async function copyMissingFigures(db: Queryable, from: number, to: number): Promise<number> {
  const result = await db.query(
    `INSERT INTO observations (edition_id, country_iso3, year, value, status, note, source)
     SELECT $2, c.country_iso3, c.year, c.value, c.status, c.note, c.source FROM observations c
      WHERE c.edition_id = $1
        AND NOT EXISTS (SELECT 1 FROM observations n WHERE n.edition_id = $2 AND n.country_iso3 = c.country_iso3 AND n.year = c.year)`,
    [from, to],
  );
  return result.rowCount ?? 0;
}

/** How many figures `from` has, and how many of them `to` does not (country and year). */
export async function countMissingFigures(
  db: Queryable,
  from: number,
  to: number,
): Promise<{ removed: number; total: number }> {
  const { rows } = await db.query<{ removed: number; total: number }>(
    `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM observations n WHERE n.edition_id = $2 AND n.country_iso3 = c.country_iso3 AND n.year = c.year))::int AS removed,
            count(*)::int AS total
       FROM observations c WHERE c.edition_id = $1`,
    [from, to],
  );
  return rows[0] ?? { removed: 0, total: 0 };
}

/** Whether the two editions differ in any figure: value, status, note or source, added or removed. */
export async function figuresDiffer(db: Queryable, from: number, to: number): Promise<boolean> {
  const { rows } = await db.query<{ differs: boolean }>(
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

export interface FigurePair {
  country: string;
  year: number;
  kind: "added" | "removed" | "changed" | "same";
  /** as stored (NUMERIC as text), null where the edition has no figure */
  before: string | null;
  after: string | null;
  beforeStatus: string | null;
  afterStatus: string | null;
}

/** Every country-year of either edition, side by side (`from` null: an empty edition). */
export async function pairFigures(db: Queryable, from: number | null, to: number): Promise<FigurePair[]> {
  const { rows } = await db.query<FigurePair>(
    `WITH a AS (SELECT country_iso3, year, value, status FROM observations WHERE edition_id = $1),
          b AS (SELECT country_iso3, year, value, status FROM observations WHERE edition_id = $2)
     SELECT COALESCE(a.country_iso3, b.country_iso3) AS country, COALESCE(a.year, b.year) AS year,
            CASE WHEN a.country_iso3 IS NULL THEN 'added' WHEN b.country_iso3 IS NULL THEN 'removed'
                 WHEN a.value <> b.value OR a.status <> b.status THEN 'changed' ELSE 'same' END AS kind,
            a.value::text AS before, b.value::text AS after,
            a.status::text AS "beforeStatus", b.status::text AS "afterStatus"
       FROM a FULL OUTER JOIN b ON a.country_iso3 = b.country_iso3 AND a.year = b.year`,
    [from ?? -1, to],
  );
  return rows;
}
