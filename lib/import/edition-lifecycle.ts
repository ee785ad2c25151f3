import type pg from "pg";
import { AppError } from "../errors/app-error";
import { countRemovals } from "./edition-scope";

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

interface LockedEdition {
  id: number;
  dataset_id: number;
  status: "staged" | "committed";
  based_on_edition_id: number | null;
  current_edition_id: number | null;
  label: string;
  current_label: string | null;
}

/** Locks the edition's dataset row: commits and rollbacks of one dataset run one after the other. */
async function lockEdition(client: pg.PoolClient, editionId: number): Promise<LockedEdition> {
  const { rows } = await client.query<LockedEdition>(
    `SELECT e.id, e.dataset_id, e.status, e.based_on_edition_id, e.label, d.current_edition_id, c.label AS current_label
       FROM editions e JOIN datasets d ON d.id = e.dataset_id LEFT JOIN editions c ON c.id = d.current_edition_id
      WHERE e.id = $1 FOR UPDATE OF d`,
    [editionId],
  );
  const edition = rows[0];
  if (!edition) throw new AppError("unknown_edition", `Edition #${editionId} does not exist.`);
  return edition;
}

/**
 * Makes a reviewed (staged) edition current. If another edition became current after this one was staged, the
 * review was against stale data: the commit is refused with a conflict, never mixed. An edition that leaves out
 * figures of the current one is committed only when the editor confirmed exactly how many go.
 */
export async function commitEdition(
  pool: pg.Pool,
  editionId: number,
  confirmRemovals = 0,
): Promise<{ editionId: number; datasetId: number }> {
  return inTransaction(pool, async (client) => {
    const e = await lockEdition(client, editionId);
    if (e.status !== "staged") throw new AppError("not_staged", `Edition "${e.label}" is already committed.`);
    if (e.current_edition_id !== e.based_on_edition_id) {
      throw new AppError(
        "conflict",
        `Another edition ("${e.current_label}") became current after this file was reviewed. Upload it again to review the changes against it.`,
      );
    }
    const { removed } = await countRemovals(client, e.current_edition_id, e.id);
    if (removed > 0 && confirmRemovals !== removed) {
      throw new AppError(
        "confirm_removals",
        `Committing this edition removes ${removed} figures of the current edition; confirm that number to commit.`,
        { removed },
      );
    }
    await client.query(`UPDATE editions SET status = 'committed' WHERE id = $1`, [e.id]);
    await client.query(`UPDATE datasets SET current_edition_id = $2 WHERE id = $1`, [e.dataset_id, e.id]);
    return { editionId: e.id, datasetId: e.dataset_id };
  });
}

/** Rolls a dataset back (or forward) to one of its committed editions. */
export async function makeEditionCurrent(
  pool: pg.Pool,
  editionId: number,
): Promise<{ editionId: number; datasetId: number }> {
  return inTransaction(pool, async (client) => {
    const e = await lockEdition(client, editionId);
    if (e.status !== "committed")
      throw new AppError("not_committed", `Edition "${e.label}" was never committed; review and commit it first.`);
    await client.query(`UPDATE datasets SET current_edition_id = $2 WHERE id = $1`, [e.dataset_id, e.id]);
    return { editionId: e.id, datasetId: e.dataset_id };
  });
}

/** Removes a staged edition the editor decided not to commit. */
export async function discardStagedEdition(pool: pg.Pool, editionId: number): Promise<void> {
  await inTransaction(pool, async (client) => {
    const e = await lockEdition(client, editionId);
    if (e.status !== "staged")
      throw new AppError("not_staged", `Edition "${e.label}" is committed and cannot be discarded.`);
    await client.query(`DELETE FROM editions WHERE id = $1`, [e.id]);
  });
}
