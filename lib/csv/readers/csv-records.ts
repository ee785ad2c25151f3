import Papa from "papaparse";
import { type DecimalSeparator, type Delimiter, detectDecimal, detectDelimiter } from "../dialect";
import { assertLooksLikeText, resolveEncoding, type TextEncoding } from "../encoding";
import { fileError } from "../issues";
import type { HeadBytes, SourceRecord } from "./source-record";

/** One record longer than this is a broken file (an unclosed quote), not data; stop before memory grows. */
export const MAX_RECORD_CHARS = 1_000_000;

export interface CsvDialect {
  encoding: TextEncoding;
  delimiter: Delimiter;
  decimal: DecimalSeparator;
}

/** Detects a CSV file's dialect from its head; the user's overrides win. */
export function csvDialect(
  file: string,
  head: HeadBytes,
  overrides: Partial<CsvDialect>,
): CsvDialect & { bomLength: number; text: string } {
  const guess = resolveEncoding(head.bytes, overrides.encoding);
  const text = new TextDecoder(guess.encoding).decode(head.bytes.subarray(guess.bomLength), { stream: true });
  assertLooksLikeText(file, head.bytes, guess, text);
  const delimiter = overrides.delimiter ?? detectDelimiter(text);
  const decimal = overrides.decimal ?? detectDecimal(text, delimiter);
  return { encoding: guess.encoding, bomLength: guess.bomLength, delimiter, decimal, text };
}

/**
 * Streams a CSV file's records with constant memory: bytes are decoded chunk by chunk and parsed by PapaParse's
 * core parser; each batch carries the physical line where each record starts.
 */
export async function* csvRecords(
  file: string,
  head: HeadBytes,
  rest: AsyncIterator<Uint8Array>,
  dialect: CsvDialect & { bomLength: number },
): AsyncGenerator<SourceRecord[]> {
  const decoder = new TextDecoder(dialect.encoding);
  const firstText = decoder.decode(head.bytes.subarray(dialect.bomLength), { stream: !head.done });
  const newline = firstText.includes("\r\n")
    ? "\r\n"
    : firstText.includes("\n")
      ? "\n"
      : firstText.includes("\r")
        ? "\r"
        : "\n";
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline, quoteChar: '"' });
  let line = 1;
  let carry = "";
  let baseIndex = 0;
  const parseText = (text: string, final: boolean): SourceRecord[] => {
    const input = carry + text;
    const result = parser.parse(input, baseIndex, !final) as {
      data: string[][];
      errors: Papa.ParseError[];
      meta: { cursor: number };
    };
    if (final) carry = "";
    else {
      carry = input.substring(result.meta.cursor - baseIndex);
      baseIndex = result.meta.cursor;
    }
    const unclosed = result.errors.find((e) => e.code === "MissingQuotes");
    if (unclosed || carry.length > MAX_RECORD_CHARS) {
      throw fileError({ file, line, column: 0 }, unclosed ? "unclosedQuote" : "longRecord", {
        max: MAX_RECORD_CHARS,
      });
    }
    return result.data.map((cells) => {
      const record = { cells, line };
      line += 1;
      for (const cell of cells) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) line += 1;
      return record;
    });
  };
  yield parseText(firstText, head.done);
  if (head.done) return;
  for (let next = await rest.next(); !next.done; next = await rest.next())
    yield parseText(decoder.decode(next.value, { stream: true }), false);
  yield parseText(decoder.decode(), true);
}
