import type pg from "pg";

export interface EditionChange {
  country: string;
  year: number;
  kind: "added" | "removed" | "changed";
  before: number | null;
  after: number | null;
  beforeStatus: string | null;
  afterStatus: string | null;
}

export interface EditionDiff {
  fromEditionId: number | null;
  toEditionId: number;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** largest revisions first (added/removed rank by their value) */
  changes: EditionChange[];
  byCountry: { country: string; added: number; removed: number; changed: number }[];
}

export const MAX_LISTED_CHANGES = 500;

/**
 * What changes if `to` replaces `from`: figures added, removed, and changed (value or status), the largest
 * revisions first, with per-country counts. `from` null means "no previous edition": everything is added.
 */
export async function diffEditions(pool: pg.Pool, from: number | null, to: number): Promise<EditionDiff> {
  const { rows } = await pool.query<{
    country: string;
    year: number;
    kind: EditionChange["kind"] | "same";
    before: string | null;
    after: string | null;
    before_status: string | null;
    after_status: string | null;
  }>(
    `WITH a AS (SELECT country_iso3, year, value, status FROM observations WHERE edition_id = $1),
          b AS (SELECT country_iso3, year, value, status FROM observations WHERE edition_id = $2)
     SELECT COALESCE(a.country_iso3, b.country_iso3) AS country, COALESCE(a.year, b.year) AS year,
            CASE WHEN a.country_iso3 IS NULL THEN 'added' WHEN b.country_iso3 IS NULL THEN 'removed'
                 WHEN a.value <> b.value OR a.status <> b.status THEN 'changed' ELSE 'same' END AS kind,
            a.value::text AS before, b.value::text AS after, a.status::text AS before_status, b.status::text AS after_status
       FROM a FULL OUTER JOIN b ON a.country_iso3 = b.country_iso3 AND a.year = b.year`,
    [from ?? -1, to],
  );
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const byCountry = new Map<string, { country: string; added: number; removed: number; changed: number }>();
  const changes: EditionChange[] = [];
  for (const r of rows) {
    if (r.kind === "same") {
      counts.unchanged += 1;
      continue;
    }
    counts[r.kind] += 1;
    const c = byCountry.get(r.country) ?? { country: r.country, added: 0, removed: 0, changed: 0 };
    c[r.kind] += 1;
    byCountry.set(r.country, c);
    changes.push({
      country: r.country,
      year: r.year,
      kind: r.kind,
      before: r.before === null ? null : Number(r.before),
      after: r.after === null ? null : Number(r.after),
      beforeStatus: r.before_status,
      afterStatus: r.after_status,
    });
  }
  const size = (c: EditionChange) => Math.abs((c.after ?? 0) - (c.before ?? 0));
  changes.sort((x, y) => size(y) - size(x) || x.country.localeCompare(y.country) || x.year - y.year);
  return {
    fromEditionId: from,
    toEditionId: to,
    ...counts,
    changes: changes.slice(0, MAX_LISTED_CHANGES),
    byCountry: [...byCountry.values()].sort(
      (x, y) =>
        y.added + y.removed + y.changed - (x.added + x.removed + x.changed) || x.country.localeCompare(y.country),
    ),
  };
}
