import Papa from "papaparse";
import { type DecimalSeparator, type Delimiter, detectDecimal, detectDelimiter } from "./dialect";
import { assertLooksLikeText, resolveEncoding, type TextEncoding } from "./encoding";
import { CsvFileError, type CsvIssue } from "./issues";
import { detectLayout, type FormatKind } from "./layout";
import type { ParseOverrides } from "./parse";

export interface CsvPreview {
  encoding: TextEncoding;
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  format: FormatKind | null;
  headerLine: number | null;
  header: string[];
  rows: string[][];
  problem: CsvIssue | null;
}

/**
 * The first rows of a file and what detection makes of them, from its first bytes. The browser shows this at
 * once (in a worker) while the server re-parses the whole file with the same detection code.
 */
export function previewCsv(file: string, head: Uint8Array, overrides: ParseOverrides = {}, maxRows = 12): CsvPreview {
  const guess = resolveEncoding(head, overrides.encoding);
  const text = new TextDecoder(guess.encoding).decode(head.subarray(guess.bomLength), { stream: true });
  const delimiter = overrides.delimiter ?? detectDelimiter(text);
  const decimal = overrides.decimal ?? detectDecimal(text, delimiter);
  const base = { encoding: guess.encoding, delimiter, decimal, format: null, headerLine: null, header: [], rows: [] };
  try {
    assertLooksLikeText(file, head, guess, text);
    const records = Papa.parse<string[]>(text, { delimiter, preview: 40 }).data;
    const layout = detectLayout(records, file, (i) => i + 1);
    return {
      ...base, format: layout.kind, headerLine: layout.headerIndex + 1, header: layout.header,
      rows: records.slice(layout.headerIndex + 1, layout.headerIndex + 1 + maxRows), problem: null,
    };
  } catch (error) {
    if (error instanceof CsvFileError) return { ...base, problem: error.issue };
    throw error;
  }
}
