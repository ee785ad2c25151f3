import type pg from "pg";
import { lockDataset, setCurrentEdition } from "../db/datasets";
import { deleteStagedEdition, type EditionRow, findEdition, markCommitted } from "../db/editions";
import { countMissingFigures } from "../db/observations";
import { getPool } from "../db/pool";
import { withTransaction } from "../db/transaction";
import { AppError } from "../errors/app-error";

/** A commit, discard or rollback waits at most this long for another change of the same dataset. */
export const LIFECYCLE_LOCK_TIMEOUT_MS = 10_000;

interface LockedEdition {
  edition: EditionRow;
  currentEditionId: number | null;
}

/**
 * Locks the edition's dataset, then reads the edition and the dataset's current edition as they are once the lock
 * is held: commits, discards and rollbacks of one dataset run one after the other, each deciding on what the one
 * before it committed. (An edition's dataset never changes, so finding it needs no lock.)
 */
async function lockEdition(client: pg.PoolClient, editionId: number): Promise<LockedEdition> {
  const found = await findEdition(client, editionId);
  const lock = found && (await lockDataset(client, found.datasetId));
  const edition = lock && (await findEdition(client, editionId));
  if (!lock || !edition) throw new AppError("unknown_edition", `Edition #${editionId} does not exist.`);
  return { edition, currentEditionId: lock.currentEditionId };
}

const inTransaction = <T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>) =>
  withTransaction(pool, work, { lockTimeoutMs: LIFECYCLE_LOCK_TIMEOUT_MS });

/**
 * Makes a reviewed (staged) edition current. If another edition became current after this one was staged, the
 * review was against stale data: the commit is refused with a conflict, never mixed. An edition that leaves out
 * figures of the current one is committed only when the editor confirmed exactly how many go.
 */
export async function commitEdition(
  editionId: number,
  confirmRemovals = 0,
  pool: pg.Pool = getPool(),
): Promise<{ editionId: number; datasetId: number }> {
  return inTransaction(pool, async (client) => {
    const { edition: e, currentEditionId } = await lockEdition(client, editionId);
    if (e.status !== "staged") throw new AppError("not_staged", `Edition "${e.label}" is already committed.`);
    if (currentEditionId !== e.basedOnEditionId) {
      const current = currentEditionId === null ? null : await findEdition(client, currentEditionId);
      throw new AppError(
        "conflict",
        `Another edition ("${current?.label ?? "none"}") became current after this file was reviewed. Upload it again to review the changes against it.`,
      );
    }
    const { removed } =
      currentEditionId === null ? { removed: 0 } : await countMissingFigures(client, currentEditionId, e.id);
    if (removed > 0 && confirmRemovals !== removed) {
      throw new AppError(
        "confirm_removals",
        `Committing this edition removes ${removed} figures of the current edition; confirm that number to commit.`,
        { removed },
      );
    }
    await markCommitted(client, e.id);
    await setCurrentEdition(client, e.datasetId, e.id);
    return { editionId: e.id, datasetId: e.datasetId };
  });
}

/** Rolls a dataset back (or forward) to one of its committed editions. */
export async function makeEditionCurrent(
  editionId: number,
  pool: pg.Pool = getPool(),
): Promise<{ editionId: number; datasetId: number }> {
  return inTransaction(pool, async (client) => {
    const { edition: e } = await lockEdition(client, editionId);
    if (e.status !== "committed")
      throw new AppError("not_committed", `Edition "${e.label}" was never committed; review and commit it first.`);
    await setCurrentEdition(client, e.datasetId, e.id);
    return { editionId: e.id, datasetId: e.datasetId };
  });
}

/** Removes a staged edition the editor decided not to commit. */
export async function discardStagedEdition(editionId: number, pool: pg.Pool = getPool()): Promise<void> {
  await inTransaction(pool, async (client) => {
    const { edition: e } = await lockEdition(client, editionId);
    if (e.status !== "staged")
      throw new AppError("not_staged", `Edition "${e.label}" is committed and cannot be discarded.`);
    await deleteStagedEdition(client, e.id);
  });
}
