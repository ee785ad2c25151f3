import { createHash } from "node:crypto";
import type pg from "pg";
import { copyWriter, insertWriter, isEmbedded, type ObservationWriter } from "../db/bulk-writers";
import { isFileError, type CsvIssue } from "../csv/issues";
import type { ParseOverrides, ParseResult } from "../csv/parse";
import type { Unit } from "../reference/units";
import { carryOver, countRemovals, type EditionMode, editionsDiffer, updateBase } from "./edition-scope";
import { AppError } from "../errors/app-error";
import { checkEditionText } from "./plain-text";
import { noteWithLeftOut } from "./left-out-note";
import { parseInWorker } from "./parse-in-worker";

export interface ImportRequest {
  /** dataset slug; the dataset must exist */
  dataset: string;
  label: string;
  fileName: string;
  source: AsyncIterable<Uint8Array>;
  createdBy: string;
  note?: string | null;
  /** publication or cut-off date of the source edition, YYYY-MM-DD */
  publishedOn?: string | null;
  overrides?: ParseOverrides;
  /** bytes read so far, for progress bars */
  onProgress?: (bytes: number) => void;
  /**
   * "commit" (CLI, shipped data): the edition becomes current at once. "stage" (upload): the edition is stored but
   * not current, for review; commitEdition makes it current later.
   */
  mode?: "commit" | "stage";
  /** replace the current edition, or update it with the file's figures; unset = refuse a file that removes figures */
  editionMode?: EditionMode;
  /**
   * With editionMode "update": the committed edition the file updates, when it is not the current one (a shipped
   * update names the edition listed before it, whatever a database made by an older manifest has as current).
   */
  updates?: number;
}

export interface ImportSummary {
  status: "committed" | "staged" | "unchanged" | "rejected";
  /** the new current edition, or the existing identical one when unchanged */
  editionId: number | null;
  sha256: string | null;
  parse: ParseResult | null;
  /** file-level problem (empty, binary, HTML, no header) or the first row errors */
  errors: CsvIssue[];
  errorCount: number;
  milliseconds: number;
  /** the dataset's current edition when this file was loaded (or the edition it updates): what a staged edition is reviewed against */
  basedOnEditionId: number | null;
  /** figures copied from the edition updated (update mode), and current figures the new edition leaves out */
  carried: number;
  removed: number;
}

/**
 * Loads a CSV file as a new edition of a dataset and makes it current, in one transaction: rows stream from the
 * parser into the database while the dataset row is locked, and nothing is visible until COMMIT. Any error
 * (invalid row, broken file, database failure, killed process) leaves every table exactly as it was.
 */
export async function importEdition(pool: pg.Pool, request: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  checkEditionText(request);
  const embedded = await isEmbedded(pool);
  const client = await pool.connect();
  let writer: ObservationWriter | undefined;
  let broken = false;
  try {
    await client.query("BEGIN");
    // An update's file hash is not its content's (it holds carried figures too): only a whole edition's hash says "same".
    const dataset = await client.query<{
      id: number;
      unit: Unit;
      current_sha: string | null;
      current_id: number | null;
    }>(
      `SELECT d.id, d.unit, CASE WHEN e.figures_carried = 0 THEN e.file_sha256 END AS current_sha, e.id AS current_id
         FROM datasets d LEFT JOIN editions e ON e.id = d.current_edition_id
        WHERE d.slug = $1 FOR UPDATE OF d`,
      [request.dataset],
    );
    const row = dataset.rows[0];
    if (!row) throw new AppError("unknown_dataset", `Unknown dataset "${request.dataset}".`);
    // A label names one edition. An upload under review keeps its label until it is committed or discarded: a new
    // upload reusing it is refused (it used to delete the pending upload without a word to whoever made it).
    const taken = await client.query<{ id: number; status: string; created_by: string }>(
      `SELECT id, status, created_by FROM editions WHERE dataset_id = $1 AND label = $2`,
      [row.id, request.label],
    );
    const holder = taken.rows[0];
    if (holder?.status === "staged")
      throw new AppError(
        "duplicate_label",
        `Dataset "${request.dataset}" already has an upload under review labelled "${request.label}" (edition ${holder.id}, by ${holder.created_by}): discard it first, or choose another label.`,
        { label: request.label, pendingEdition: holder.id },
      );
    if (holder)
      throw new AppError(
        "duplicate_label",
        `Dataset "${request.dataset}" already has an edition labelled "${request.label}".`,
      );
    const edition = await client.query<{ id: number }>(
      `INSERT INTO editions (dataset_id, label, published_on, file_name, file_sha256, rows_read, rows_inserted, rows_rejected, created_by, note)
       VALUES ($1, $2, $3, $4, '', 0, 0, 0, $5, $6) RETURNING id`,
      [row.id, request.label, request.publishedOn ?? null, request.fileName, request.createdBy, request.note ?? null],
    );
    const editionId = edition.rows[0]!.id;
    // what the new edition is made from: the current edition, or the one an update names
    const basedOn =
      request.editionMode === "update" && request.updates !== undefined
        ? await updateBase(client, row.id, request.updates)
        : row.current_id;
    writer = embedded ? insertWriter(client, editionId) : copyWriter(client, editionId);
    const hash = createHash("sha256");
    // parsed in a worker thread with its own memory and time limits: a hostile file costs a refusal, not the process
    const parse = await parseInWorker(
      request.fileName,
      tap(request.source, hash, request.onProgress),
      writer.write,
      // the dataset's unit bounds its figures (an amount in US$ millions is not a share of GDP over 200)
      { ...request.overrides, quantity: row.unit },
    );
    const sha256 = hash.digest("hex");
    let carried = 0;
    let removed = 0;
    const result = (status: ImportSummary["status"], id: number | null): ImportSummary => ({
      status,
      editionId: id,
      sha256,
      parse,
      errors: parse.errors,
      errorCount: parse.errorCount,
      milliseconds: performance.now() - started,
      basedOnEditionId: basedOn,
      carried,
      removed,
    });
    if (parse.errorCount > 0) {
      writer.abort();
      broken = true;
      return result("rejected", null);
    }
    await writer.finish();
    if (request.editionMode === "update" && basedOn !== null) carried = await carryOver(client, basedOn, editionId);
    if (row.current_id !== null) {
      const removals = await countRemovals(client, row.current_id, editionId);
      removed = removals.removed;
      if (removed > 0 && request.editionMode === undefined) throw wouldRemove(request.dataset, removals);
    }
    // the current edition's file again is "unchanged" only if nothing was carried into the new edition from elsewhere
    if (
      (carried === 0 && sha256 === row.current_sha) ||
      (row.current_id !== null && !(await editionsDiffer(client, row.current_id, editionId)))
    ) {
      await client.query("ROLLBACK");
      return result("unchanged", row.current_id);
    }
    const stage = request.mode === "stage";
    await client.query(
      `UPDATE editions SET file_sha256 = $2, rows_read = $3, rows_inserted = $4, rows_rejected = 0, status = $5, based_on_edition_id = $6,
              figures_carried = $7, note = $8 WHERE id = $1`,
      [
        editionId,
        sha256,
        parse.rowsRead,
        parse.observations + carried,
        stage ? "staged" : "committed",
        basedOn,
        carried,
        noteWithLeftOut(request.note ?? null, parse),
      ],
    );
    if (!stage) await client.query(`UPDATE datasets SET current_edition_id = $2 WHERE id = $1`, [row.id, editionId]);
    await client.query("COMMIT");
    return result(stage ? "staged" : "committed", editionId);
  } catch (error) {
    writer?.abort();
    broken = true;
    if (isFileError(error)) {
      return {
        status: "rejected",
        editionId: null,
        sha256: null,
        parse: null,
        errors: [error.issue],
        errorCount: 1,
        milliseconds: performance.now() - started,
        basedOnEditionId: null,
        carried: 0,
        removed: 0,
      };
    }
    throw error;
  } finally {
    if (broken) await rollbackAndRelease(client);
    else client.release();
  }
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

/** A COPY in progress cannot be rolled back on its socket: drop the connection, which aborts the transaction. */
async function rollbackAndRelease(client: pg.PoolClient): Promise<void> {
  try {
    await client.query("ROLLBACK");
    client.release();
  } catch {
    client.release(true);
  }
}

async function* tap(
  source: AsyncIterable<Uint8Array>,
  hash: ReturnType<typeof createHash>,
  onProgress?: (bytes: number) => void,
) {
  let bytes = 0;
  for await (const chunk of source) {
    hash.update(chunk);
    bytes += chunk.length;
    onProgress?.(bytes);
    yield chunk;
  }
}
