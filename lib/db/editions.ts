import type { Queryable } from "./queryable";

/** Whether `editionId` is a committed edition of the dataset. */
export async function isCommittedEditionOf(db: Queryable, datasetId: number, editionId: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM editions WHERE id = $1 AND dataset_id = $2 AND status = 'committed'`,
    [editionId, datasetId],
  );
  return rowCount === 1;
}
