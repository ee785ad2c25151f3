import Papa from "papaparse";
import { type DecimalSeparator, type Delimiter, detectDecimal, detectDelimiter } from "./dialect";
import { assertLooksLikeText, resolveEncoding, type TextEncoding } from "./encoding";
import { type CsvIssue, CsvFileError } from "./issues";
import { detectLayout, type FormatKind, type TableLayout } from "./layout";
import { ObservationReader, type ParsedObservation } from "./observations";

/** What the user may force when detection guesses wrong. */
export interface ParseOverrides {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  decimal?: DecimalSeparator;
}

export interface ParseResult {
  file: string;
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
  errors: CsvIssue[];
  errorCount: number;
  warnings: CsvIssue[];
  warningCount: number;
  bytes: number;
}

/** Sink for valid observations; a returned promise pauses parsing until the sink has caught up. */
export type ObservationSink = (batch: ParsedObservation[]) => void | Promise<void>;

const SAMPLE_BYTES = 64 * 1024;
/** One record longer than this is a broken file (an unclosed quote), not data; stop before memory grows. */
export const MAX_RECORD_CHARS = 1_000_000;

/**
 * Streams a CSV file into validated observations with constant memory: bytes are decoded chunk by chunk, parsed
 * by PapaParse's core parser, validated, and handed to the sink one batch per chunk. Runs in Node and browsers.
 */
export async function parseObservations(
  file: string,
  source: AsyncIterable<Uint8Array>,
  sink: ObservationSink,
  overrides: ParseOverrides = {},
): Promise<ParseResult> {
  const iterator = source[Symbol.asyncIterator]();
  const head = await readHead(iterator);
  const guess = resolveEncoding(head.bytes, overrides.encoding);
  const decoder = new TextDecoder(guess.encoding);
  const firstText = decoder.decode(head.bytes.subarray(guess.bomLength), { stream: !head.done });
  assertLooksLikeText(file, head.bytes, guess, firstText);
  const delimiter = overrides.delimiter ?? detectDelimiter(firstText);
  const decimal = overrides.decimal ?? detectDecimal(firstText, delimiter);
  const newline = firstText.includes("\r\n") ? "\r\n" : firstText.includes("\n") ? "\n" : firstText.includes("\r") ? "\r" : "\n";
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });

  let bytes = head.bytes.length;
  let line = 1;
  let carry = "";
  let baseIndex = 0;
  let reader: ObservationReader | undefined;
  let headerLine = 0;
  const preamble: { record: string[]; line: number }[] = [];
  let batch: ParsedObservation[] = [];
  const emit = (o: ParsedObservation) => void batch.push(o);

  const consume = (records: string[][]) => {
    for (const record of records) {
      const recordLine = line;
      line += 1;
      for (const cell of record) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) line += 1;
      if (reader) reader.read(record, recordLine, emit);
      else preamble.push({ record, line: recordLine });
    }
    if (!reader && preamble.length >= 31) startReading();
  };
  const startReading = () => {
    const layout: TableLayout = detectLayout(preamble.map((p) => p.record), file, (i) => preamble[i]?.line ?? 1);
    headerLine = preamble[layout.headerIndex]!.line;
    reader = new ObservationReader(file, layout, decimal);
    for (const p of preamble.slice(layout.headerIndex + 1)) reader.read(p.record, p.line, emit);
    preamble.length = 0;
  };
  const parseText = async (text: string, final: boolean) => {
    const input = carry + text;
    const result = parser.parse(input, baseIndex, !final) as { data: string[][]; errors: Papa.ParseError[]; meta: { cursor: number } };
    if (final) carry = "";
    else {
      carry = input.substring(result.meta.cursor - baseIndex);
      baseIndex = result.meta.cursor;
    }
    const unclosed = result.errors.find((e) => e.code === "MissingQuotes");
    if (unclosed || carry.length > MAX_RECORD_CHARS) {
      throw new CsvFileError({ file, line, column: 0 }, unclosed ? "unclosedQuote" : "longRecord", { max: MAX_RECORD_CHARS });
    }
    consume(result.data);
    await flush();
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    await sink(full);
  };

  await parseText(firstText, head.done);
  if (!head.done) {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      bytes += next.value.length;
      await parseText(decoder.decode(next.value, { stream: true }), false);
    }
    await parseText(decoder.decode(), true);
  }
  if (!reader) {
    startReading();
    await flush();
  }
  const r = reader!;
  r.finish();
  if (r.rowsRead === 0) {
    r.errors.add({ file, line: headerLine, column: 0, code: "noRows" });
  }
  return {
    file, encoding: guess.encoding, delimiter, decimal, format: r.layoutKind, headerLine,
    rowsRead: r.rowsRead, observations: r.observations, blankCells: r.blankCells, aggregatesSkipped: r.aggregatesSkipped,
    errors: r.errors.items, errorCount: r.errors.count, warnings: r.warnings.items, warningCount: r.warnings.count, bytes,
  };
}

async function readHead(iterator: AsyncIterator<Uint8Array>): Promise<{ bytes: Uint8Array; done: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) return { bytes: concat(chunks, size), done: true };
    chunks.push(next.value);
    size += next.value.length;
  }
  return { bytes: concat(chunks, size), done: false };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
