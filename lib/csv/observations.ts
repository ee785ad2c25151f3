import { isAggregate } from "../reference/aggregates";
import { type CountryMatch, lookupCountry } from "../reference/country-lookup";
import { englishName } from "../reference/country-names";
import { isFootnoteSymbol, isMissingMarker, parseYear } from "./cells";
import type { DecimalSeparator } from "./dialect";
import { type CsvIssueCode, type CsvIssueParams, IssueList } from "./issues";
import { layoutOf, type TableLayout, YEAR_HEADER } from "./layout";
import { TableEdges } from "./table-edges";
import { FRACTION_SUSPECT, ValueReader, type ValueUnit } from "./values";

export const OBSERVATION_STATUSES = ["actual", "estimate", "budget", "plan"] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];
export { MAX_PERCENT } from "./values";

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

const PERCENT_UNITS =
  /^(%|pct|percent|per ?cent|%? ?(of|share of) ?gdp|percent(age)? of gdp|share of gdp|% gdp|pct_gdp|percent_of_gdp)$/i;
const STATUS_ALIASES: Record<string, ObservationStatus> = {
  actual: "actual",
  a: "actual",
  final: "actual",
  "": "actual",
  estimate: "estimate",
  estimated: "estimate",
  est: "estimate",
  e: "estimate",
  provisional: "estimate",
  p: "estimate",
  budget: "budget",
  b: "budget",
  plan: "plan",
  planned: "plan",
  target: "plan",
  projection: "plan",
  projected: "plan",
};

/**
 * Turns the records of a table into validated observations, one record at a time (constant memory but for the
 * country/year pairs kept to find duplicates). Problems become located issues, never exceptions.
 */
export class ObservationReader {
  readonly errors = new IssueList();
  readonly warnings = new IssueList();
  readonly edges = new TableEdges();
  rowsRead = 0;
  observations = 0;
  blankCells = 0;
  aggregatesSkipped = 0;
  private readonly values: ValueReader;
  private readonly seen = new Map<number, number>();
  private readonly countryCache = new Map<string, CountryMatch>();
  private readonly aggregateNames = new Set<string>();
  private readonly formerStates = new Set<string>();
  private eraExample: string | null = null;

  constructor(
    private readonly file: string,
    private readonly layout: TableLayout,
    decimal: DecimalSeparator,
    unit: ValueUnit | undefined,
    /** where whole-file problems are reported */
    private readonly headerLine: number,
  ) {
    this.values = new ValueReader(decimal, unit);
  }

  /** Validates one data record; calls emit for each valid observation it holds. */
  read(record: string[], line: number, emit: (o: ParsedObservation) => void): void {
    if (this.edges.stoppedAt) return void (this.edges.linesAfterStop += 1);
    if (record.every((c) => c.trim() === "")) return; // blank line
    const layout = this.layout;
    const country = this.country(record, line);
    if (country === undefined) return;
    this.rowsRead += 1;
    if (this.hasExtraFields(record, line)) return;
    const status = layout.statusColumn >= 0 ? this.status(record, line) : "actual";
    if (status === undefined) return;
    if (layout.unitColumn >= 0 && !this.unitIsPercent(record, line)) return;
    const noteCell = cellOrNull(record[layout.noteColumn]);
    const note = noteCell && !isFootnoteSymbol(noteCell) ? noteCell : null;
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

  /** Checks that need the whole file: fractions, and what was skipped around the table. */
  finish(): void {
    this.edges.end();
    const e = this.edges;
    if (this.values.looksLikeFractions) {
      const { plainBelowSuspect: below, plainValues: count } = this.values;
      this.error(this.headerLine, this.layout.valueColumn, "fractions", undefined, {
        below,
        count,
        limit: FRACTION_SUSPECT,
      });
    }
    if (this.values.converted > 0) this.warn(0, -1, "fractionsConverted", { count: this.values.converted });
    if (this.aggregatesSkipped > 0) {
      const names = `${[...this.aggregateNames].slice(0, 5).join(", ")}${this.aggregateNames.size > 5 ? ", …" : ""}`;
      this.warn(0, -1, "aggregates", { count: this.aggregatesSkipped, names });
    }
    if (this.formerStates.size > 0) this.warn(0, -1, "formerStates", { names: [...this.formerStates].join(", ") });
    if (e.groupRows > 0) this.warn(0, -1, "groupRows", { count: e.groupRows, names: e.groupNameList() });
    if (e.stoppedAt)
      this.warn(e.stoppedAt.line, -1, "secondTable", {
        line: e.stoppedAt.line,
        title: e.stoppedAt.title,
        ignored: e.linesAfterStop,
      });
    if (e.trailing)
      this.warn(
        e.trailing.first.line,
        -1,
        "trailingLines",
        { count: e.trailing.count, line: e.trailing.first.line },
        e.trailing.first.text,
      );
    if (this.eraExample) this.warn(0, this.layout.yearColumn, "eraYears", { example: this.eraExample });
  }

  private accept(o: ParsedObservation, line: number, valueColumn: number, emit: (o: ParsedObservation) => void): void {
    const pairKey = o.year * 100000 + countryKey(o.country);
    const firstLine = this.seen.get(pairKey);
    if (firstLine !== undefined) {
      this.error(line, valueColumn, "duplicate", o.value, {
        country: o.country,
        year: String(o.year),
        firstLine: String(firstLine),
      });
      return;
    }
    this.seen.set(pairKey, line);
    if (Number(o.value) > OUTLIER_PERCENT) {
      this.warn(
        line,
        valueColumn,
        "outlier",
        { value: o.value, country: o.country, year: String(o.year), limit: OUTLIER_PERCENT },
        o.value,
      );
    }
    this.observations += 1;
    emit(o);
  }

  /** A header row again, below figures: the start of a second table (or a repeated header). */
  private isHeader(record: string[]): boolean {
    const cells = record.map((c) => c.trim());
    return cells.filter((c) => YEAR_HEADER.test(c)).length >= 2 || layoutOf(cells, 0, []) !== null;
  }

  /** The record's country, or undefined for a row that is not a country's (skipped, reported, or an error). */
  private country(record: string[], line: number): string | undefined {
    const cells = this.layout.countryColumns.map((i) => (record[i] ?? "").trim());
    let ambiguous: { text: string; candidates: readonly string[] } | undefined;
    let former = false;
    for (const text of cells) {
      if (text === "") continue;
      let match = this.countryCache.get(text);
      if (match === undefined) {
        match = lookupCountry(text);
        if (this.countryCache.size < 10_000) this.countryCache.set(text, match);
      }
      if (match.kind === "country") {
        this.edges.countryRow();
        return match.iso3;
      }
      if (match.kind === "ambiguous") ambiguous ??= { text, candidates: match.candidates };
      if (match.kind === "former") former = true;
    }
    const names = cells.filter((c) => c !== "");
    const label = names.at(-1) ?? "";
    if (this.observations > 0 && this.isHeader(record)) {
      this.edges.stop(line, record);
      return undefined;
    }
    if (ambiguous) {
      this.rowsRead += 1;
      const candidates = ambiguous.candidates.map((c) => `${englishName(c)} (${c})`).join(", ");
      this.error(line, this.layout.countryColumns[0]!, "ambiguousCountry", ambiguous.text, { candidates });
      return undefined;
    }
    if (former) {
      this.formerStates.add(label);
      this.edges.countryRow();
      return undefined;
    }
    if (!this.hasFigures(record)) {
      this.edges.loose(line, label || (record.find((c) => c.trim() !== "") ?? "").trim());
      return undefined;
    }
    this.rowsRead += 1;
    if (names.length === 0 ? this.layout.kind === "owid" : isAggregate(cells[0] ?? "", cells.at(-1) ?? "")) {
      this.aggregatesSkipped += 1;
      if (label) this.aggregateNames.add(label);
      return undefined;
    }
    const column = this.layout.countryColumns[0]!;
    this.error(line, column, names.length === 0 ? "missingCountry" : "unknownCountry", label);
    return undefined;
  }

  /** Whether any value cell of the record holds something other than blank or a missing-value marker. */
  private hasFigures(record: string[]): boolean {
    const columns =
      this.layout.kind === "wide" ? this.layout.yearColumns.map((c) => c.index) : [this.layout.valueColumn];
    return columns.some((i) => !isMissingMarker(record[i] ?? ""));
  }

  private hasExtraFields(record: string[], line: number): boolean {
    const width = this.layout.header.length;
    if (record.length <= width) return false;
    const extra = record.slice(width).filter((c) => c.trim() !== "");
    if (extra.length === 0) return false;
    const column = record.findIndex((c, i) => i >= width && c.trim() !== "");
    this.error(line, column, "extraFields", extra.join(", "), { count: extra.length, width });
    return true;
  }

  private year(record: string[], line: number): number | undefined {
    const column = this.layout.yearColumn;
    const text = (record[column] ?? "").trim();
    const parsed = parseYear(text);
    if (!parsed || parsed.year < YEAR_MIN || parsed.year > YEAR_MAX) {
      this.error(line, column, "year", text, { min: String(YEAR_MIN), max: String(YEAR_MAX) });
      return undefined;
    }
    if (parsed.era && !this.eraExample) this.eraExample = `${text} = FY${parsed.year}`;
    return parsed.year;
  }

  private value(record: string[], column: number, line: number): string | undefined {
    const raw = (record[column] ?? "").trim();
    const result = this.values.read(raw);
    if ("value" in result) return result.value;
    if ("missing" in result) this.blankCells += 1;
    else this.error(line, column, result.issue, raw, result.params);
    return undefined;
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
    this.errors.add({
      file: this.file,
      line,
      column: column + 1,
      columnName: this.layout.header[column],
      code,
      params,
      text,
    });
  }

  private warn(line: number, column: number, code: CsvIssueCode, params?: CsvIssueParams, text?: string): void {
    this.warnings.add({
      file: this.file,
      line,
      column: column + 1,
      columnName: this.layout.header[column],
      code,
      params,
      text,
    });
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
