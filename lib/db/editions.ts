import type pg from "pg";
import type { Queryable } from "./queryable";

/** Whether `editionId` is a committed edition of the dataset. */
export async function isCommittedEditionOf(db: Queryable, datasetId: number, editionId: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM editions WHERE id = $1 AND dataset_id = $2 AND status = 'committed'`,
    [editionId, datasetId],
  );
  return rowCount === 1;
}

export interface EditionRow {
  id: number;
  datasetId: number;
  label: string;
  status: "staged" | "committed";
  basedOnEditionId: number | null;
  fileSha256: string;
  figuresCarried: number;
}

/** One edition by id, as it is now (call it after lockDataset to read what the lock protects). */
export async function findEdition(db: Queryable, id: number): Promise<EditionRow | null> {
  const { rows } = await db.query<EditionRow>(
    `SELECT id, dataset_id AS "datasetId", label, status, based_on_edition_id AS "basedOnEditionId",
            file_sha256 AS "fileSha256", figures_carried AS "figuresCarried"
       FROM editions WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** The dataset's edition with this label (staged or committed), or null when the label is free. */
export async function findLabelHolder(
  client: pg.PoolClient,
  datasetId: number,
  label: string,
): Promise<{ id: number; status: EditionRow["status"]; createdBy: string } | null> {
  const { rows } = await client.query<{ id: number; status: EditionRow["status"]; createdBy: string }>(
    `SELECT id, status, created_by AS "createdBy" FROM editions WHERE dataset_id = $1 AND label = $2`,
    [datasetId, label],
  );
  return rows[0] ?? null;
}

export interface NewEdition {
  datasetId: number;
  label: string;
  publishedOn: string | null;
  fileName: string;
  fileSha256: string;
  rowsRead: number;
  /** figures of the edition: the file's and the carried ones */
  rowsInserted: number;
  status: "staged" | "committed";
  basedOnEditionId: number | null;
  figuresCarried: number;
  createdBy: string;
  note: string | null;
}

/** Stores an edition's record (its figures are written next, in the same transaction); returns its id. */
export async function insertEdition(client: pg.PoolClient, e: NewEdition): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO editions (dataset_id, label, published_on, file_name, file_sha256, rows_read, rows_inserted, rows_rejected,
                           status, based_on_edition_id, figures_carried, created_by, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9, $10, $11, $12) RETURNING id`,
    [
      e.datasetId,
      e.label,
      e.publishedOn,
      e.fileName,
      e.fileSha256,
      e.rowsRead,
      e.rowsInserted,
      e.status,
      e.basedOnEditionId,
      e.figuresCarried,
      e.createdBy,
      e.note,
    ],
  );
  return rows[0]!.id;
}

/** A reviewed edition becomes committed (making it current is setCurrentEdition's). */
export async function markCommitted(client: pg.PoolClient, id: number): Promise<void> {
  await client.query(`UPDATE editions SET status = 'committed' WHERE id = $1`, [id]);
}

/** Removes a staged edition and its figures (observations cascade). */
export async function deleteStagedEdition(client: pg.PoolClient, id: number): Promise<void> {
  await client.query(`DELETE FROM editions WHERE id = $1 AND status = 'staged'`, [id]);
}
