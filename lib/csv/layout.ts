import { asciiDigits } from "./cells";
import { fileError } from "./issues";
import { MAX_HEADER_CHARS } from "./limits";
import { plainNumber, withoutTrailingUnit, yearHeader } from "./text-scan";

// Table shapes the importer accepts. Detection reads only the header (and a sample for OWID's value column).
export type FormatKind = "long" | "wide" | "owid";

export interface YearColumn {
  index: number;
  year: number;
  /** NATO and others mark estimate years in the header ("2024e") */
  estimate: boolean;
}

/** A column the table may have; null when it has none. */
export type OptionalColumn = number | null;

interface LayoutBase {
  /** 0-based index of the header among the file's records (World Bank files have metadata lines first) */
  headerIndex: number;
  header: string[];
  /** columns that may identify the country, most reliable first (code, then name) */
  countryColumns: number[];
  statusColumn: OptionalColumn;
  /** true/false per row (NATO extracts' `estimate`) */
  estimateColumn: OptionalColumn;
  noteColumn: OptionalColumn;
  sourceColumn: OptionalColumn;
  /** every row must say percent of GDP, or the measure chosen */
  unitColumn: OptionalColumn;
}

/** One figure per row (country, year, value), or one row per country with a column per year. */
export type TableLayout =
  | (LayoutBase & { kind: "long" | "owid"; yearColumn: number; valueColumn: number })
  | (LayoutBase & { kind: "wide"; yearColumns: YearColumn[] });

// Headers are matched on a key: NFKC, lower case, a trailing unit in brackets ("対GDP比（%）") and anything but
// letters and digits removed, so "Country name", "country_name" and Japanese or Arabic headers all compare.
const key = (s: string) => withoutTrailingUnit(s.normalize("NFKC").toLowerCase()).replace(/[^\p{L}\p{N}]/gu, "");
const CODE = new Set([
  "code",
  "geo",
  "iso3",
  "iso",
  "isocode",
  "iso3code",
  "countrycode",
  "countryiso3",
  "iso31661alpha3",
  "国コード",
  "رمزالدولة",
]);
const NAME = new Set(
  [
    "country",
    "countryname",
    "entity",
    "nation",
    "name",
    "ally",
    "countryorarea",
    "location",
    "国名",
    "国",
    "国地域",
    "国・地域",
    "国家",
    "الدولة",
    "البلد",
    "الدول",
  ].map(key),
);
const YEAR = new Set(
  ["year", "fiscalyear", "fy", "period", "time", "年", "年度", "会計年度", "السنة", "العام", "السنةالمالية"].map(key),
);
const VALUE =
  /^(value|shareofgdp|percentofgdp|pctgdp|gdpshare|pctofgdp|値|対gdp比|割合|比率|القيمة|النسبة)$|gdp|expenditure|spending|国防費|الإنفاق/;
const STATUS = new Set(["status", "flag", "type", "obsstatus", "状態", "区分", "الحالة"].map(key));
const NOTE = new Set(["note", "notes", "comment", "comments", "注", "備考", "ملاحظات", "ملاحظة"].map(key));
const ESTIMATE = new Set(["estimate", "estimated", "isestimate", "provisional"].map(key));
const SOURCE = new Set(["source", "sources", "citation", "出典", "المصدر"].map(key));
const UNIT = new Set(["unit", "units", "measure", "unitofmeasure", "単位", "الوحدة"].map(key));
/** A header that names a year ("2024", "2024e", "2024年度"); see yearHeader. */
export const isYearHeader = (cell: string) => yearHeader(cell) !== null;

const find = (keys: string[], names: Set<string>): OptionalColumn => {
  const i = keys.findIndex((k) => names.has(k));
  return i >= 0 ? i : null;
};

function yearColumnsOf(header: string[]): YearColumn[] {
  const years: YearColumn[] = [];
  header.forEach((h, index) => {
    const y = yearHeader(h);
    if (y) years.push({ index, ...y });
  });
  return years;
}

/** Column 0 when its header is blank and years head the columns after it (NATO's Table 3). */
function blankCountryHeader(header: string[]): OptionalColumn {
  return (header[0] ?? "").trim() === "" && yearColumnsOf(header).length >= 2 ? 0 : null;
}

const isNumeric = (s: string) => plainNumber(asciiDigits(s).trim(), true);

/** Layout of a header row, or null if the row is not a header we understand. */
export function layoutOf(header: string[], headerIndex: number, sample: string[][]): TableLayout | null {
  const keys = header.map(key);
  const code = find(keys, CODE);
  // NATO's tables leave the country column's header blank above the names.
  const name = find(keys, NAME) ?? blankCountryHeader(header);
  const countryColumns = [code, name].filter((i) => i !== null);
  if (countryColumns.length === 0) return null;
  const base: LayoutBase = {
    headerIndex,
    header,
    countryColumns,
    statusColumn: find(keys, STATUS),
    estimateColumn: find(keys, ESTIMATE),
    noteColumn: find(keys, NOTE),
    sourceColumn: find(keys, SOURCE),
    unitColumn: find(keys, UNIT),
  };
  const year = find(keys, YEAR);
  if (year !== null) {
    const { statusColumn, estimateColumn, noteColumn, sourceColumn, unitColumn } = base;
    const taken = new Set([
      ...countryColumns,
      year,
      statusColumn,
      estimateColumn,
      noteColumn,
      sourceColumn,
      unitColumn,
    ]);
    const candidates = header.map((h, i) => i).filter((i) => !taken.has(i));
    const kind = keys[name ?? -1] === "entity" && code !== null ? "owid" : "long";
    // OWID grapher files: Entity, Code, Year, <indicator>, [other indicators]; take the first numeric one.
    const numeric = candidates.filter((i) => {
      const cells = sample.map((r) => r[i] ?? "").filter((c) => c.trim() !== "");
      return cells.length > 0 && cells.filter(isNumeric).length >= cells.length * 0.8;
    });
    const named = candidates.find((i) => VALUE.test(keys[i] ?? ""));
    const valueColumn = kind === "owid" ? (numeric[0] ?? named) : (named ?? numeric[0]);
    if (valueColumn === undefined) return null;
    return { ...base, kind, yearColumn: year, valueColumn };
  }
  const yearColumns = yearColumnsOf(header);
  return yearColumns.length >= 1 ? { ...base, kind: "wide", yearColumns } : null;
}

/**
 * Finds the header among the first records; leading metadata lines (World Bank) are skipped. A row with a cell
 * longer than any column's name is not a header; when no header is found, the first such cell is the error.
 */
export function detectLayout(records: string[][], file: string, lineOf: (recordIndex: number) => number): TableLayout {
  const limit = Math.min(records.length, 30);
  let tooLong: { line: number; column: number; text: string } | null = null;
  for (let i = 0; i < limit; i++) {
    const header = (records[i] ?? []).map((h) => h.trim());
    if (header.filter((h) => h !== "").length < 2) continue;
    const long = header.findIndex((h) => h.length > MAX_HEADER_CHARS);
    if (long >= 0) {
      tooLong ??= { line: lineOf(i), column: long + 1, text: header[long]! };
      continue;
    }
    if (header.some((h) => plainNumber(h, false) && !isYearHeader(h))) continue; // a data row
    const layout = layoutOf(header, i, records.slice(i + 1, i + 51));
    if (layout) return layout;
  }
  if (tooLong) throw fileError({ file, ...tooLong }, "headerCellTooLong", { max: MAX_HEADER_CHARS });
  throw fileError(
    { file, line: records.length > 0 ? lineOf(0) : 1, column: 0, text: (records[0] ?? []).join(",").slice(0, 120) },
    "noHeader",
  );
}
