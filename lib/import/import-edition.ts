import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { findDataset } from "../db/datasets";
import { checkIncoming, copyIncoming, createIncoming, loadIncomingFile } from "../db/incoming-figures";
import { getPool } from "../db/pool";
import { isEmbedded } from "../db/is-embedded";
import { Rollback, rollback, withTransaction } from "../db/transaction";
import { isFileError, type CsvIssue } from "../csv/issue-shape";
import type { ParseResult } from "../csv/parse";
import { AppError } from "../errors/app-error";
import type { ImportRequest, ImportSummary } from "./import-request";
import { checkEditionText } from "./plain-text";
import { type ParsedFile, parseToRowsFile, readFigures } from "./parse-to-rows-file";
import { type Written, writeEdition } from "./write-edition";

export type { ImportRequest, ImportSummary } from "./import-request";

/** Import transactions wait at most this long for the dataset's lock (another import, commit or rollback). */
export const IMPORT_LOCK_TIMEOUT_MS = 10_000;
/** and no statement of theirs runs longer than this (the largest valid edition loads in well under a second) */
export const IMPORT_STATEMENT_TIMEOUT_MS = 120_000;
const LIMITS = { lockTimeoutMs: IMPORT_LOCK_TIMEOUT_MS, statementTimeoutMs: IMPORT_STATEMENT_TIMEOUT_MS };

/** A file refused before anything was written: the summary to return. */
type Refused = { refused: ImportSummary };

/**
 * Loads a CSV file or an XLSX workbook as a new edition of a dataset. The file is read and checked in the parse
 * worker, with no lock; then the dataset is locked, its current edition read, the new figures checked against it and
 * the edition written, in the same transaction. Any error (invalid row, broken file, database failure, killed
 * process) leaves every table exactly as it was.
 */
export async function importEdition(request: ImportRequest, pool: pg.Pool = getPool()): Promise<ImportSummary> {
  const started = performance.now();
  checkEditionText(request);
  const [dataset, embedded] = await Promise.all([findDataset(pool, request.dataset), isEmbedded(pool)]);
  if (dataset === null) throw new AppError("unknown_dataset", `Unknown dataset "${request.dataset}".`);
  // the dataset's unit bounds its figures (an amount in US$ millions is not a share of GDP over 200)
  const overrides = { ...request.overrides, quantity: dataset.unit };
  const read = (sink: (rows: Uint8Array) => Promise<void>) =>
    checked(started, readFigures(request.fileName, request.source, sink, overrides, request.onProgress));
  const write = async (client: pg.PoolClient, { parse, sha256 }: ParsedFile): Promise<Outcome | Rollback<Outcome>> => {
    await checkIncoming(client);
    const written = await writeEdition(client, { dataset, request, parse, sha256 });
    return written instanceof Rollback
      ? rollback({ parse, sha256, written: written.value })
      : { parse, sha256, written };
  };
  const outcome = embedded
    ? await readFirst(pool, started, request, overrides, write)
    : // A server: each batch of figures goes into the transaction's temporary table while the worker reads on, so
      // the load overlaps the parse. Nothing is locked and no id drawn until the whole file has passed; a refusal
      // rolls back, and the temporary table goes with it.
      await withTransaction<Outcome | Refused>(
        pool,
        async (client) => {
          await createIncoming(client);
          const parsed = await read((rows) => copyIncoming(client, rows));
          return "refused" in parsed ? rollback(parsed) : write(client, parsed);
        },
        LIMITS,
      );
  if ("refused" in outcome) return outcome.refused;
  const { parse, sha256, written } = outcome;
  return {
    status: written.status,
    editionId: written.editionId,
    sha256,
    parse,
    errors: [],
    errorCount: 0,
    milliseconds: performance.now() - started,
    lockedMilliseconds: performance.now() - written.lockedAt,
    basedOnEditionId: written.basedOnEditionId,
    carried: written.carried,
    removed: written.removed,
  };
}

type Outcome = ParsedFile & { written: Written };

/**
 * Embedded PGlite is one session, which a transaction holds whole: the file is read first, its figures into a
 * temporary file, so the transaction lasts only as long as the load and the write.
 */
async function readFirst(
  pool: pg.Pool,
  started: number,
  request: ImportRequest,
  overrides: ImportRequest["overrides"],
  write: (client: pg.PoolClient, parsed: ParsedFile) => Promise<Outcome | Rollback<Outcome>>,
): Promise<Outcome | Refused> {
  const work = await mkdtemp(path.join(os.tmpdir(), "dsd-import-"));
  try {
    const rowsFile = path.join(work, "rows.copy");
    const parsed = await checked(
      started,
      parseToRowsFile(request.fileName, request.source, rowsFile, overrides, request.onProgress),
    );
    if ("refused" in parsed) return parsed;
    return await withTransaction<Outcome>(
      pool,
      async (client) => {
        await createIncoming(client);
        await loadIncomingFile(client, rowsFile);
        return write(client, parsed);
      },
      LIMITS,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The file read, or its refusal: not a table at all, over a parse limit, or rows with errors. */
async function checked(started: number, reading: Promise<ParsedFile>): Promise<ParsedFile | Refused> {
  let parsed;
  try {
    parsed = await reading;
  } catch (error) {
    if (isFileError(error)) return refused(started, null, [error.issue], 1);
    throw error;
  }
  const { parse, sha256 } = parsed;
  if (parse.errorCount > 0) return refused(started, parse, parse.errors, parse.errorCount, sha256);
  return parsed;
}

function refused(
  started: number,
  parse: ParseResult | null,
  errors: CsvIssue[],
  errorCount: number,
  sha256: string | null = null,
): Refused {
  return {
    refused: {
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
    },
  };
}
