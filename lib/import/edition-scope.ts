import type pg from "pg";
import { isCommittedEditionOf } from "../db/editions";
import { copyMissingFigures, countMissingFigures, figuresDiffer } from "../db/observations";
import type { Queryable } from "../db/queryable";
import { AppError } from "../errors/app-error";

/**
 * How a file relates to the dataset's current edition. "replace": the file is the whole new edition. "update":
 * the new edition is the current one plus the file's figures, added or revised; nothing is removed. Unset: the file
 * goes ahead only if it removes nothing, so a partial file can never silently replace a whole edition.
 */
export type EditionMode = "replace" | "update";

/** Copies into the new edition every current figure the file does not give; returns how many. */
export const carryOver = (client: pg.PoolClient, from: number, to: number): Promise<number> =>
  copyMissingFigures(client, from, to);

/** The edition an update names, checked: a committed edition of the same dataset (its figures are the ones carried). */
export async function updateBase(client: pg.PoolClient, datasetId: number, editionId: number): Promise<number> {
  if (!(await isCommittedEditionOf(client, datasetId, editionId)))
    throw new AppError(
      "invalid_request",
      `Edition #${editionId} is not a committed edition of this dataset, so it cannot be updated.`,
    );
  return editionId;
}

/** Figures of `from` that `to` does not have: what making `to` current would remove. */
export async function countRemovals(
  db: Queryable,
  from: number | null,
  to: number,
): Promise<{ removed: number; total: number }> {
  return from === null ? { removed: 0, total: 0 } : countMissingFigures(db, from, to);
}

/** Whether `to` differs from `from` in any figure: value, status, note or source, added or removed. */
export const editionsDiffer = (client: pg.PoolClient, from: number, to: number): Promise<boolean> =>
  figuresDiffer(client, from, to);
