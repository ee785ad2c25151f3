import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { findDataset } from "../db/datasets";
import { getPool } from "../db/pool";
import { isEmbedded } from "../db/is-embedded";
import { withTransaction } from "../db/transaction";
import { isFileError, type CsvIssue } from "../csv/issues";
import type { ParseResult } from "../csv/parse";
import { AppError } from "../errors/app-error";
import type { ImportRequest, ImportSummary } from "./import-request";
import { checkEditionText } from "./plain-text";
import { parseToRowsFile } from "./parse-to-rows-file";
import { writeEdition } from "./write-edition";

export type { ImportRequest, ImportSummary } from "./import-request";

/** Import transactions wait at most this long for the dataset's lock (another import, commit or rollback). */
export const IMPORT_LOCK_TIMEOUT_MS = 10_000;
/** and no statement of theirs runs longer than this (the largest valid edition loads in well under a second) */
export const IMPORT_STATEMENT_TIMEOUT_MS = 120_000;

/**
 * Loads a CSV file or an XLSX workbook as a new edition of a dataset. The file is read and checked first, with no
 * database connection and no lock; then one short transaction locks the dataset, reads its current edition, checks
 * the new figures against it and writes the edition. Any error (invalid row, broken file, database failure, killed
 * process) leaves every table exactly as it was.
 */
export async function importEdition(request: ImportRequest, pool: pg.Pool = getPool()): Promise<ImportSummary> {
  const started = performance.now();
  checkEditionText(request);
  const dataset = await findDataset(pool, request.dataset);
  if (dataset === null) throw new AppError("unknown_dataset", `Unknown dataset "${request.dataset}".`);
  const work = await mkdtemp(path.join(os.tmpdir(), "dsd-import-"));
  try {
    const rowsFile = path.join(work, "rows.copy");
    let parsed;
    try {
      // the dataset's unit bounds its figures (an amount in US$ millions is not a share of GDP over 200)
      const overrides = { ...request.overrides, quantity: dataset.unit };
      parsed = await parseToRowsFile(request.fileName, request.source, rowsFile, overrides, request.onProgress);
    } catch (error) {
      if (isFileError(error)) return refused(started, null, [error.issue], 1);
      throw error;
    }
    const { parse, sha256 } = parsed;
    if (parse.errorCount > 0) return refused(started, parse, parse.errors, parse.errorCount, sha256);
    const embedded = await isEmbedded(pool);
    const written = await withTransaction(
      pool,
      (client) => writeEdition(client, { dataset, request, parse, sha256, rowsFile, embedded }),
      { lockTimeoutMs: IMPORT_LOCK_TIMEOUT_MS, statementTimeoutMs: IMPORT_STATEMENT_TIMEOUT_MS },
    );
    const lockedMilliseconds = performance.now() - written.lockedAt;
    return {
      status: written.status,
      editionId: written.editionId,
      sha256,
      parse,
      errors: [],
      errorCount: 0,
      milliseconds: performance.now() - started,
      lockedMilliseconds,
      basedOnEditionId: written.basedOnEditionId,
      carried: written.carried,
      removed: written.removed,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function refused(
  started: number,
  parse: ParseResult | null,
  errors: CsvIssue[],
  errorCount: number,
  sha256: string | null = null,
): ImportSummary {
  return {
    status: "rejected",
    editionId: null,
    sha256,
    parse,
    errors,
    errorCount,
    milliseconds: performance.now() - started,
    lockedMilliseconds: 0,
    basedOnEditionId: null,
    carried: 0,
    removed: 0,
  };
}
