import type { DecimalSeparator, Delimiter } from "./dialect";
import type { TextEncoding } from "./encoding";
import type { CsvIssue } from "./issues";
import type { FormatKind } from "./layout";
import type { ParsedObservation } from "./observations";
import { csvDialect, csvRecords } from "./readers/csv-records";
import { isZip, readHead, type SourceRecord } from "./readers/source-record";
import type { SeenName } from "./rows/skipped-rows";
import { TableReader } from "./table";
import type { ValueUnit } from "./values";
import type { Unit } from "../reference/units";

export { MAX_RECORD_CHARS } from "./readers/csv-records";

/** What the user may force when detection guesses wrong, or say when the file cannot tell. */
export interface ParseOverrides {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  decimal?: DecimalSeparator;
  /** plain numbers are fractions (multiplied by 100) or percent; unset = refuse a file that looks like fractions */
  unit?: ValueUnit;
  /** the worksheet of an XLSX workbook to read */
  sheet?: string;
  /** in a file with a unit or measure column, the one measure to read; rows of other measures are left out */
  measure?: string;
  /** leave out rows whose country is not recognised (listed, and recorded in the edition's note) */
  skipUnknown?: boolean;
  /** what the dataset's figures measure (its unit), which bounds each figure; unset = percent of GDP */
  quantity?: Unit;
}

export interface ParseResult {
  file: string;
  container: "csv" | "xlsx";
  /** the worksheet read, and every sheet of the workbook (XLSX only) */
  sheet: string | null;
  sheets: string[];
  encoding: TextEncoding;
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  format: FormatKind;
  /** 1-based line of the header */
  headerLine: number;
  rowsRead: number;
  observations: number;
  blankCells: number;
  aggregatesSkipped: number;
  groupRowsSkipped: number;
  /** figures the table's colour legend marks as estimates (SIPRI's blue) */
  markedEstimates: number;
  /** rows whose country was not recognised (refused, or left out when the editor chose to), and their names */
  unknownCountries: { rows: number; names: SeenName[] };
  /** the rows of unknown names were left out (the editor chose to), not refused */
  leftOutUnknown: boolean;
  /** rows of measures other than the one chosen, left out */
  otherMeasureRows: number;
  errors: CsvIssue[];
  errorCount: number;
  warnings: CsvIssue[];
  warningCount: number;
  bytes: number;
}

/**
 * Sink for valid observations; a returned promise pauses parsing until the sink has caught up. `refused`: rows
 * refused so far (a file with any is refused whole, so an import need not load what follows).
 */
export type ObservationSink = (batch: ParsedObservation[], refused: number) => void | Promise<void>;

interface OpenedInput {
  file: string;
  container: ParseResult["container"];
  sheet: string | null;
  sheets: string[];
  dialect: { encoding: TextEncoding; delimiter: Delimiter; decimal: DecimalSeparator };
  records: AsyncIterable<SourceRecord[]>;
}

/**
 * Streams a CSV file or an XLSX workbook into validated observations with constant memory: each reader turns its
 * input into records, and one table reader validates them and hands the sink one batch per chunk.
 */
export async function parseObservations(
  file: string,
  source: AsyncIterable<Uint8Array>,
  sink: ObservationSink,
  overrides: ParseOverrides = {},
  /** the line of the last record read, after each batch: where a reader stopped by a limit had got to */
  onLine?: (line: number) => void,
): Promise<ParseResult> {
  let bytes = 0;
  const counted = (async function* () {
    for await (const chunk of source) {
      bytes += chunk.length;
      yield chunk;
    }
  })();
  const head = await readHead(counted);
  const input = isZip(head.bytes)
    ? await openXlsx(file, head, counted, overrides.sheet)
    : openCsv(file, head, counted, overrides);
  const { unit, measure, skipUnknown, quantity } = overrides;
  const table = new TableReader(input.file, input.dialect.decimal, { unit, measure, skipUnknown, quantity });
  let batch: ParsedObservation[] = [];
  const emit = (o: ParsedObservation) => void batch.push(o);
  const flush = async () => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    await sink(full, table.errorCount);
  };
  for await (const records of input.records) {
    if (records.length > 0) onLine?.(records[records.length - 1]!.line);
    table.read(records, emit);
    await flush();
  }
  const r = table.finish(emit);
  await flush();
  return {
    file: input.file,
    container: input.container,
    sheet: input.sheet,
    sheets: input.sheets,
    ...input.dialect,
    format: r.layoutKind,
    headerLine: table.headerLine,
    rowsRead: r.counts.rowsRead,
    observations: r.counts.observations,
    blankCells: r.counts.blankCells,
    aggregatesSkipped: r.skipped.aggregates.rows,
    groupRowsSkipped: r.edges.groupRows,
    markedEstimates: r.counts.markedEstimates,
    unknownCountries: { rows: r.skipped.unknown.rows, names: r.skipped.unknown.list().slice(0, 200) },
    leftOutUnknown: Boolean(skipUnknown),
    otherMeasureRows: r.skipped.otherMeasures.rows,
    errors: r.errors.items,
    errorCount: r.errors.count,
    warnings: r.warnings.items,
    warningCount: r.warnings.count,
    bytes,
  };
}

function openCsv(
  file: string,
  head: Awaited<ReturnType<typeof readHead>>,
  rest: AsyncIterator<Uint8Array>,
  overrides: ParseOverrides,
): OpenedInput {
  const dialect = csvDialect(file, head, overrides);
  const { encoding, delimiter, decimal } = dialect;
  return {
    file,
    container: "csv",
    sheet: null,
    sheets: [],
    dialect: { encoding, delimiter, decimal },
    records: csvRecords(file, head, rest, dialect),
  };
}

async function openXlsx(
  file: string,
  head: Awaited<ReturnType<typeof readHead>>,
  rest: AsyncIterator<Uint8Array>,
  sheet?: string,
): Promise<OpenedInput> {
  // Loaded only for workbooks: it spools to a temporary file (Node); the browser preview reads its own copy.
  const { openWorkbook } = await import("./readers/xlsx-records");
  const book = await openWorkbook(file, head, rest, sheet);
  return {
    file: `${file} [${book.sheet}]`,
    container: "xlsx",
    sheet: book.sheet,
    sheets: book.sheets,
    dialect: { encoding: "utf-8", delimiter: ",", decimal: "." },
    records: book.records,
  };
}
