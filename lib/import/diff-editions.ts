import { getPool } from "../db/pool";
import { pairFigures } from "../db/observations";
import type { Queryable } from "../db/queryable";

export interface EditionChange {
  country: string;
  year: number;
  kind: "added" | "removed" | "changed";
  before: number | null;
  after: number | null;
  beforeStatus: string | null;
  afterStatus: string | null;
  /** for a changed figure: its value revised, only its status, or only digits beyond the 4th decimal */
  detail: ChangeDetail | null;
}

/**
 * How a figure present in both editions changed. A value is revised when it moved by more than half a unit in the
 * 4th decimal, the finest any shipped publisher file prints; smaller differences are the same figure stored at
 * another precision (OWID's 4-decimal copy against SIPRI's full workbook values) and are counted apart, not hidden.
 */
export type ChangeDetail = "revised" | "status" | "precision";

/** Values are numeric(10,6): compared in millionths, exactly. */
const REVISION_MILLIONTHS = 50;
const millionths = (value: string) => Math.round(Number(value) * 1e6);

function changeDetail(
  before: string,
  after: string,
  beforeStatus: string | null,
  afterStatus: string | null,
): ChangeDetail {
  if (Math.abs(millionths(after) - millionths(before)) > REVISION_MILLIONTHS) return "revised";
  return beforeStatus !== afterStatus ? "status" : "precision";
}

export interface EditionDiff {
  fromEditionId: number | null;
  toEditionId: number;
  added: number;
  removed: number;
  changed: number;
  /** the changed figures by kind of change; they add up to `changed` */
  changedBy: Record<ChangeDetail, number>;
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
export async function diffEditions(from: number | null, to: number, db: Queryable = getPool()): Promise<EditionDiff> {
  const rows = await pairFigures(db, from, to);
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const byCountry = new Map<string, { country: string; added: number; removed: number; changed: number }>();
  const changes: EditionChange[] = [];
  const changedBy: Record<ChangeDetail, number> = { revised: 0, status: 0, precision: 0 };
  for (const r of rows) {
    if (r.kind === "same") {
      counts.unchanged += 1;
      continue;
    }
    counts[r.kind] += 1;
    const c = byCountry.get(r.country) ?? { country: r.country, added: 0, removed: 0, changed: 0 };
    c[r.kind] += 1;
    byCountry.set(r.country, c);
    const detail =
      r.kind === "changed" && r.before !== null && r.after !== null
        ? changeDetail(r.before, r.after, r.beforeStatus, r.afterStatus)
        : null;
    if (detail) changedBy[detail] += 1;
    changes.push({
      country: r.country,
      year: r.year,
      kind: r.kind,
      before: r.before === null ? null : Number(r.before),
      after: r.after === null ? null : Number(r.after),
      beforeStatus: r.beforeStatus,
      afterStatus: r.afterStatus,
      detail,
    });
  }
  const size = (c: EditionChange) => Math.abs((c.after ?? 0) - (c.before ?? 0));
  changes.sort((x, y) => size(y) - size(x) || x.country.localeCompare(y.country) || x.year - y.year);
  return {
    fromEditionId: from,
    toEditionId: to,
    ...counts,
    changedBy,
    changes: changes.slice(0, MAX_LISTED_CHANGES),
    byCountry: [...byCountry.values()].sort(
      (x, y) =>
        y.added + y.removed + y.changed - (x.added + x.removed + x.changed) || x.country.localeCompare(y.country),
    ),
  };
}
