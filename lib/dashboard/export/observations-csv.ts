import Papa from "papaparse";
import { neutralizeCell } from "./csv-export";

/**
 * Rows as CSV with a header line and nothing else (what `csv.DictReader` and `read.csv` expect): numbers as
 * written, every text cell formula-safe as in the downloads (neutralizeCell), missing values empty.
 */
export function toObservationsCsv<Row extends Record<string, string | number | null>>(
  rows: Row[],
  columns: readonly (keyof Row & string)[],
): string {
  const cells = rows.map((row) =>
    columns.map((c) => {
      const v: string | number | null | undefined = row[c];
      return v === null || v === undefined
        ? ""
        : typeof v === "number"
          ? v
          : neutralizeCell(v.replace(/[\r\n]+/g, " "));
    }),
  );
  return `${Papa.unparse({ fields: [...columns], data: cells }, { newline: "\r\n" })}\r\n`;
}
