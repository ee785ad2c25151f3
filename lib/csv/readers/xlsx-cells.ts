// Worksheet cells as the text the table reader validates. Shared by the server's streaming reader and the browser
// preview, so both see the same figures.

/** A number format that shows the cell as a percentage ("0.0%"), ignoring quoted text and escaped characters. */
export const isPercentFormat = (numFmt: string | undefined) =>
  Boolean(numFmt && /%/.test(numFmt.replace(/"[^"]*"|\\./g, "")));

/**
 * The decimal text of a number multiplied by 100, exactly: the decimal point moves two places, so 0.013713969
 * becomes "1.3713969" (never 1.3713968999999998 from floating-point multiplication).
 */
export function timesHundred(text: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m) return text;
  const [, sign, int = "", frac = "", exp = "0"] = m;
  const digits = int + frac;
  const point = int.length + Number(exp) + 2;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, "");
  return `${sign}${out}`;
}

/** The part of an exceljs row this module needs; the streaming reader's rows and the browser's both have it. */
interface CellRow {
  eachCell(
    options: { includeEmpty: boolean },
    callback: (cell: { value: unknown; numFmt?: string }, column: number) => void,
  ): void;
}

/** A row's cells as text, empty cells kept so that column numbers match the sheet's. */
export function rowCells(row: CellRow): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cells[column - 1] = cellText(cell.value, cell.numFmt);
  });
  return Array.from(cells, (c) => c ?? "");
}

/**
 * One cell's text. A number formatted as a percentage is stored as a fraction (0.0137 shows as 1.4%): it becomes
 * percent at full stored precision, marked with "%" so the importer knows its unit. Formulas give their result;
 * Excel errors (#N/A, #DIV/0!) give their text, which the importer refuses as a value.
 */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return isPercentFormat(numFmt) ? `${timesHundred(String(value))}%` : String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as {
      richText?: { text: string }[];
      result?: unknown;
      error?: string;
      text?: unknown;
      formula?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.error) return v.error;
    if ("result" in v || v.formula) return cellText(v.result, numFmt);
    if (v.text !== undefined) return cellText(v.text, numFmt);
    // a kind of cell this reader does not know is refused as a value, never read as blank
    return "#VALUE!";
  }
  return typeof value === "bigint" ? value.toString() : "#VALUE!";
}
