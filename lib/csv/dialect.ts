import Papa from "papaparse";

export type Delimiter = "," | ";" | "\t";
export type DecimalSeparator = "." | ",";

const DELIMITERS: Delimiter[] = [",", ";", "\t"];

/** Picks the delimiter that splits the sample's lines into the most consistent number of fields (> 1). */
export function detectDelimiter(sample: string): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ",", score: -1 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: 60, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let modalWidth = 0;
    let modalRows = 0;
    for (const [width, n] of counts)
      if (n > modalRows || (n === modalRows && width > modalWidth)) [modalWidth, modalRows] = [width, n];
    if (modalWidth < 2) continue;
    const score = modalRows / Math.max(rows.length, 1) + Math.min(modalWidth, 50) / 1000;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

const DECIMAL_COMMA = /^-?\d{1,3},\d+$/;
const DECIMAL_POINT = /^-?\d*\.\d+$/;

/** Decimal comma when the delimiter is not a comma and numeric cells use commas but never points. */
export function detectDecimal(sample: string, delimiter: Delimiter): DecimalSeparator {
  if (delimiter === ",") return ".";
  const rows = Papa.parse<string[]>(sample, { delimiter, preview: 200, skipEmptyLines: true }).data;
  let commas = 0;
  let points = 0;
  for (const row of rows)
    for (const cell of row) {
      const c = cell.trim();
      if (DECIMAL_COMMA.test(c)) commas++;
      else if (DECIMAL_POINT.test(c)) points++;
    }
  return commas > 0 && points === 0 ? "," : ".";
}
