import Papa from "papaparse";
import { type DecimalSeparator, type Delimiter, detectDecimal, detectDelimiter } from "./dialect";
import { assertLooksLikeText, resolveEncoding, type TextEncoding } from "./encoding";
import { isFileError, type CsvIssue } from "./issues";
import { detectLayout, type FormatKind } from "./layout";
import type { ParseOverrides } from "./parse";
import { TableReader } from "./table";

export interface CsvPreview {
  container: "csv" | "xlsx";
  /** the worksheet shown, and every sheet of the workbook (XLSX only) */
  sheet: string | null;
  sheets: string[];
  encoding: TextEncoding;
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  format: FormatKind | null;
  headerLine: number | null;
  header: string[];
  rows: string[][];
  problem: CsvIssue | null;
  /** the values seen look like fractions (0.0137) and no unit was chosen: the server will refuse the file */
  suspectFractions: boolean;
}

type Base = Omit<CsvPreview, "format" | "headerLine" | "header" | "rows" | "problem" | "suspectFractions">;

/**
 * The first rows of a file and what detection makes of them, from its first bytes. The browser shows this at
 * once (in a worker) while the server re-parses the whole file with the same detection and validation code.
 */
export function previewCsv(file: string, head: Uint8Array, overrides: ParseOverrides = {}, maxRows = 12): CsvPreview {
  const guess = resolveEncoding(head, overrides.encoding);
  const text = new TextDecoder(guess.encoding).decode(head.subarray(guess.bomLength), { stream: true });
  const delimiter = overrides.delimiter ?? detectDelimiter(text);
  const decimal = overrides.decimal ?? detectDecimal(text, delimiter);
  const base: Base = { container: "csv", sheet: null, sheets: [], encoding: guess.encoding, delimiter, decimal };
  try {
    assertLooksLikeText(file, head, guess, text);
    return previewRecords(file, Papa.parse<string[]>(text, { delimiter, preview: 40 }).data, base, overrides, maxRows);
  } catch (error) {
    return failedPreview(error, base);
  }
}

/** The preview of a table's first records, whichever reader produced them (CSV text, a worksheet). */
export function previewRecords(
  file: string,
  records: string[][],
  base: Base,
  overrides: ParseOverrides,
  maxRows = 12,
): CsvPreview {
  const layout = detectLayout(records, file, (i) => i + 1);
  const { unit, measure, skipUnknown } = overrides;
  const table = new TableReader(file, base.decimal, { unit, measure, skipUnknown });
  table.read(
    records.map((cells, i) => ({ cells, line: i + 1 })),
    () => {},
  );
  const sample = table.finish(() => {});
  return {
    ...base,
    format: layout.kind,
    headerLine: layout.headerIndex + 1,
    header: layout.header,
    problem: null,
    rows: records
      .slice(layout.headerIndex + 1)
      .filter((r) => r.some((c) => c.trim() !== ""))
      .slice(0, maxRows),
    suspectFractions: sample.errors.items.some((e) => e.code === "fractions"),
  };
}

export function failedPreview(error: unknown, base: Base): CsvPreview {
  if (!isFileError(error)) throw error;
  return {
    ...base,
    format: null,
    headerLine: null,
    header: [],
    rows: [],
    problem: error.issue,
    suspectFractions: false,
  };
}
