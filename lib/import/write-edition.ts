import type pg from "pg";
import { lockDataset, setCurrentEdition } from "../db/datasets";
import { findLabelHolder, insertEdition, isCommittedEditionOf } from "../db/editions";
import { countCarried, countIncomingRemovals, incomingDiffers, publishIncoming } from "../db/incoming-figures";
import { type Rollback, rollback } from "../db/transaction";
import type { ParseResult } from "../csv/parse";
import type { Unit } from "../reference/units";
import { AppError } from "../errors/app-error";
import type { ImportRequest } from "./import-request";
import { noteWithLeftOut } from "./left-out-note";

export interface WriteInput {
  /** the dataset as the file was read: its id and the unit that bounded the figures */
  dataset: { id: number; unit: Unit };
  request: ImportRequest;
  parse: ParseResult;
  sha256: string;
}

export interface Written {
  status: "committed" | "staged" | "unchanged";
  editionId: number | null;
  basedOnEditionId: number | null;
  carried: number;
  removed: number;
  /** performance.now() when the dataset's lock was granted */
  lockedAt: number;
}

/**
 * The end of the import's transaction, once the file's figures are in its temporary table (lib/db/incoming-figures.ts,
 * which needs no lock): lock the dataset, read its current edition after the lock (never before: a rollback the
 * lock waited for may have changed it), check the figures against it, and write the edition.
 * A refusal throws, an identical edition rolls back; either way nothing is written.
 */
export async function writeEdition(client: pg.PoolClient, input: WriteInput): Promise<Written | Rollback<Written>> {
  const { request, parse } = input;
  const datasetId = input.dataset.id;
  const lock = await lockDataset(client, datasetId);
  const lockedAt = performance.now();
  if (!lock) throw new AppError("unknown_dataset", `Unknown dataset "${request.dataset}".`);
  if (lock.unit !== input.dataset.unit)
    throw new AppError(
      "conflict",
      `The unit of "${request.dataset}" changed while the file was read (${input.dataset.unit} to ${lock.unit}); import it again.`,
    );
  const current = lock.currentEditionId;
  const update = request.editionMode === "update";
  const basedOn =
    update && request.updates !== undefined ? await checkedBase(client, request.updates, datasetId) : current;
  // A label names one edition. An upload under review keeps its label until it is committed or discarded.
  const holder = await findLabelHolder(client, datasetId, request.label);
  if (holder?.status === "staged")
    throw new AppError(
      "duplicate_label",
      `Dataset "${request.dataset}" already has an upload under review labelled "${request.label}" (edition ${holder.id}, by ${holder.createdBy}): discard it first, or choose another label.`,
      { label: request.label, pendingEdition: holder.id },
    );
  if (holder)
    throw new AppError(
      "duplicate_label",
      `Dataset "${request.dataset}" already has an edition labelled "${request.label}".`,
    );
  const carryFrom = update ? basedOn : null;
  const carried = carryFrom === null ? 0 : await countCarried(client, carryFrom);
  const removals =
    current === null ? { removed: 0, total: 0 } : await countIncomingRemovals(client, current, carryFrom);
  if (removals.removed > 0 && request.editionMode === undefined) throw wouldRemove(request.dataset, removals);
  const result = { basedOnEditionId: basedOn, carried, removed: removals.removed, lockedAt };
  if (current !== null && !(await incomingDiffers(client, current, carryFrom)))
    return rollback({ ...result, status: "unchanged", editionId: current });
  const stage = request.mode === "stage";
  const editionId = await insertEdition(client, {
    datasetId,
    label: request.label,
    publishedOn: request.publishedOn ?? null,
    fileName: request.fileName,
    fileSha256: input.sha256,
    rowsRead: parse.rowsRead,
    rowsInserted: parse.observations + carried,
    status: stage ? "staged" : "committed",
    basedOnEditionId: basedOn,
    figuresCarried: carried,
    createdBy: request.createdBy,
    note: noteWithLeftOut(request.note ?? null, parse),
  });
  await publishIncoming(client, editionId, carryFrom);
  if (!stage) await setCurrentEdition(client, datasetId, editionId);
  return { ...result, status: stage ? "staged" : "committed", editionId };
}

/** The edition an update names, checked: a committed edition of the same dataset (its figures are the ones carried). */
async function checkedBase(client: pg.PoolClient, editionId: number, datasetId: number): Promise<number> {
  if (await isCommittedEditionOf(client, datasetId, editionId)) return editionId;
  throw new AppError(
    "invalid_request",
    `Edition #${editionId} is not a committed edition of this dataset, so it cannot be updated.`,
  );
}

function wouldRemove(dataset: string, { removed, total }: { removed: number; total: number }): AppError {
  return new AppError(
    "would_remove",
    `This file would remove ${removed} of the ${total} figures of the current edition of "${dataset}". ` +
      `To add the file's figures to the current edition (revising those it repeats, removing none), use --mode update. ` +
      `To make the file the whole new edition, removing those ${removed} figures, use --mode replace. Nothing was changed.`,
    { removed, total },
  );
}
