import { isAggregate, resolveCountry } from "../reference/countries";
import type { DecimalSeparator } from "./dialect";
import { type CsvIssueCode, type CsvIssueParams, IssueList } from "./issues";
import type { TableLayout } from "./layout";

export const OBSERVATION_STATUSES = ["actual", "estimate", "budget", "plan"] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** One validated figure, ready to load. value keeps the published decimal text (percent of GDP). */
export interface ParsedObservation {
  country: string;
  year: number;
  value: string;
  status: ObservationStatus;
  note: string | null;
  source: string | null;
}

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
export const OUTLIER_PERCENT = 15;
/** Kuwait 1991 spent 117% of GDP (SIPRI); above 200 a value is not a share of GDP. */
export const MAX_PERCENT = 200;
export const FRACTION_SUSPECT = 0.2;

const PERCENT_UNITS = /^(%|pct|percent|per ?cent|%? ?(of|share of) ?gdp|percent(age)? of gdp|share of gdp|% gdp|pct_gdp|percent_of_gdp)$/i;
const MISSING = new Set(["", "..", "...", "…", "-", "–", "—", "n/a", "na", "nan", "null", ":"]);
const STATUS_ALIASES: Record<string, ObservationStatus> = {
  actual: "actual", a: "actual", final: "actual", "": "actual",
  estimate: "estimate", estimated: "estimate", est: "estimate", e: "estimate", provisional: "estimate", p: "estimate",
  budget: "budget", b: "budget", plan: "plan", planned: "plan", target: "plan", projection: "plan", projected: "plan",
};

/**
 * Turns the records of a table into validated observations, one record at a time (constant memory but for the
 * country/year pairs kept to find duplicates). Problems become located issues, never exceptions.
 */
export class ObservationReader {
  readonly errors = new IssueList();
  readonly warnings = new IssueList();
  rowsRead = 0;
  observations = 0;
  blankCells = 0;
  aggregatesSkipped = 0;
  private readonly seen = new Map<number, number>();
  private readonly countryCache = new Map<string, string | null>();
  private maxValue = -Infinity;
  private readonly aggregateNames = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly layout: TableLayout,
    private readonly decimal: DecimalSeparator,
  ) {}

  /** Validates one data record; calls emit for each valid observation it holds. */
  read(record: string[], line: number, emit: (o: ParsedObservation) => void): void {
    if (record.length === 1 && record[0]!.trim() === "") return; // blank line
    this.rowsRead += 1;
    const country = this.country(record, line);
    if (country === undefined) return;
    const layout = this.layout;
    const status = layout.statusColumn >= 0 ? this.status(record, line) : "actual";
    if (status === undefined) return;
    if (layout.unitColumn >= 0 && !this.unitIsPercent(record, line)) return;
    const note = cellOrNull(record[layout.noteColumn]);
    const source = cellOrNull(record[layout.sourceColumn]);
    if (layout.kind === "wide") {
      for (const column of layout.yearColumns) {
        const value = this.value(record, column.index, line);
        if (value === undefined) continue;
        const cellStatus = column.estimate && status === "actual" ? "estimate" : status;
        this.accept({ country, year: column.year, value, status: cellStatus, note, source }, line, column.index, emit);
      }
      return;
    }
    const year = this.year(record, line);
    const value = this.value(record, layout.valueColumn, line);
    if (year === undefined || value === undefined) return;
    this.accept({ country, year, value, status, note, source }, line, layout.valueColumn, emit);
  }

  get layoutKind() {
    return this.layout.kind;
  }

  /** Warnings that need the whole file: values that look like fractions instead of percent. */
  finish(): void {
    if (this.observations > 0 && this.maxValue < FRACTION_SUSPECT) {
      this.warn(0, this.layout.valueColumn, "fractions", { limit: FRACTION_SUSPECT });
    }
    if (this.aggregatesSkipped > 0) {
      const names = `${[...this.aggregateNames].slice(0, 5).join(", ")}${this.aggregateNames.size > 5 ? ", …" : ""}`;
      this.warn(0, -1, "aggregates", { count: this.aggregatesSkipped, names });
    }
  }

  private accept(o: ParsedObservation, line: number, valueColumn: number, emit: (o: ParsedObservation) => void): void {
    const pairKey = o.year * 100000 + countryKey(o.country);
    const firstLine = this.seen.get(pairKey);
    if (firstLine !== undefined) {
      this.error(line, valueColumn, "duplicate", o.value, { country: o.country, year: String(o.year), firstLine: String(firstLine) });
      return;
    }
    this.seen.set(pairKey, line);
    const numeric = Number(o.value);
    if (numeric > this.maxValue) this.maxValue = numeric;
    if (numeric > OUTLIER_PERCENT) {
      this.warn(line, valueColumn, "outlier", { value: o.value, country: o.country, year: String(o.year), limit: OUTLIER_PERCENT }, o.value);
    }
    this.observations += 1;
    emit(o);
  }

  private country(record: string[], line: number): string | undefined {
    const cells = this.layout.countryColumns.map((i) => (record[i] ?? "").trim());
    const label = cells.filter((c) => c !== "").at(-1) ?? "";
    for (const text of cells) {
      if (text === "") continue;
      let iso3 = this.countryCache.get(text);
      if (iso3 === undefined) {
        iso3 = resolveCountry(text) ?? null;
        this.countryCache.set(text, iso3);
      }
      if (iso3) return iso3;
    }
    const names = cells.filter((c) => c !== "");
    if (names.length === 0 ? this.layout.kind === "owid" : isAggregate(cells[0] ?? "", cells.at(-1) ?? "")) {
      this.aggregatesSkipped += 1;
      if (label) this.aggregateNames.add(label);
      return undefined;
    }
    const column = this.layout.countryColumns[0]!;
    this.error(line, column, names.length === 0 ? "missingCountry" : "unknownCountry", label);
    return undefined;
  }

  private year(record: string[], line: number): number | undefined {
    const column = this.layout.yearColumn;
    const text = (record[column] ?? "").trim();
    const m = /^(?:FY\s*)?(\d{4})(?:[-/]\d{2,4})?$/i.exec(text);
    const year = m ? Number(m[1]) : NaN;
    if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
      this.error(line, column, "year", text, { min: String(YEAR_MIN), max: String(YEAR_MAX) });
      return undefined;
    }
    return year;
  }

  private value(record: string[], column: number, line: number): string | undefined {
    const raw = (record[column] ?? "").trim();
    if (MISSING.has(raw.toLowerCase())) {
      this.blankCells += 1;
      return undefined;
    }
    let text = raw.replace(/\s|%$/g, "");
    if (this.decimal === ",") text = text.replace(",", ".");
    if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(text)) {
      this.error(line, column, this.decimal === "." && /^\d+,\d+$/.test(text) ? "notNumberDecimalComma" : "notNumber", raw);
      return undefined;
    }
    const numeric = Number(text);
    if (numeric < 0 || numeric > MAX_PERCENT) {
      this.error(line, column, "range", raw, { max: MAX_PERCENT });
      return undefined;
    }
    return /e/i.test(text) ? String(numeric) : text;
  }

  /** Files that carry a unit column may mix units (USD, % of GDP, per capita): only percent of GDP is accepted. */
  private unitIsPercent(record: string[], line: number): boolean {
    const column = this.layout.unitColumn;
    const raw = (record[column] ?? "").trim();
    if (PERCENT_UNITS.test(raw)) return true;
    this.error(line, column, "unit", raw);
    return false;
  }

  private status(record: string[], line: number): ObservationStatus | undefined {
    const column = this.layout.statusColumn;
    const raw = (record[column] ?? "").trim();
    const status = STATUS_ALIASES[raw.toLowerCase()];
    if (!status) this.error(line, column, "status", raw, { allowed: OBSERVATION_STATUSES.join(", ") });
    return status;
  }

  private error(line: number, column: number, code: CsvIssueCode, text?: string, params?: CsvIssueParams): void {
    this.errors.add({ file: this.file, line, column: column + 1, columnName: this.layout.header[column], code, params, text });
  }

  private warn(line: number, column: number, code: CsvIssueCode, params?: CsvIssueParams, text?: string): void {
    this.warnings.add({ file: this.file, line, column: column + 1, columnName: this.layout.header[column], code, params, text });
  }
}

const cellOrNull = (cell: string | undefined) => {
  const t = cell?.trim();
  return t ? t : null;
};

/** A dense integer for an ISO3 code (A-Z letters), so duplicate detection needs no string keys. */
function countryKey(iso3: string): number {
  return (iso3.charCodeAt(0) - 64) * 729 + (iso3.charCodeAt(1) - 64) * 27 + (iso3.charCodeAt(2) - 64);
}
