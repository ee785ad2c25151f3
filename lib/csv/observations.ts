import { type CountryMatch, lookupCountry } from "../reference/country-lookup";
import { isMissingMarker } from "./cells";
import { englishName } from "../reference/country-names";
import type { DecimalSeparator } from "./dialect";
import { IssueList } from "./issues";
import { MAX_TEXT_CHARS } from "./limits";
import type { TableLayout } from "./layout";
import type { CellLegend } from "./rows/cell-legend";
import { FigureChecks } from "./rows/figure-checks";
import { rowCountry } from "./rows/row-country";
import { type ObservationStatus, rowNote, rowStatus, rowUnit, rowYear } from "./rows/row-fields";
import { rowFigures } from "./rows/row-figures";
import { locatedIssue, type RowIssue, rowIssue } from "./rows/row-issue";
import { SkippedRows } from "./rows/skipped-rows";
import { fileIssues } from "./rows/table-issues";
import type { SourceRecord } from "./readers/source-record";
import { TableEdges } from "./table-edges";
import { ValueReader, type ValueUnit } from "./values";
import { UNIT_BOUNDS, type Unit } from "../reference/units";

export { OBSERVATION_STATUSES, type ObservationStatus, YEAR_MAX, YEAR_MIN } from "./rows/row-fields";
export { OUTLIER_PERCENT } from "./rows/figure-checks";
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

/** The editor's choices that change what is read. */
export interface ReadChoices {
  /** plain numbers are fractions (multiplied by 100) or percent; unset = refuse a file that looks like fractions */
  unit?: ValueUnit;
  /** in a file with a unit or measure column, the one measure to read ("core_share_gdp"); other rows left out */
  measure?: string;
  /** leave out rows whose country is not recognised (listed in a warning and the edition's note), not refuse them */
  skipUnknown?: boolean;
  /** what the dataset's figures measure (its unit): the bounds a figure must keep; unset = percent of GDP */
  quantity?: Unit;
}

export interface TableCounts {
  rowsRead: number;
  observations: number;
  blankCells: number;
  /** figures the table's colour legend marks as estimates */
  markedEstimates: number;
}

const MAX_CACHED_NAMES = 10_000;

/**
 * Turns the records of a table into validated observations, one record at a time (constant memory but for the
 * country/year pairs kept to find duplicates). Each record goes through small steps (whose row, which status and
 * unit, which figures); problems become located issues, never exceptions.
 */
export class ObservationReader {
  readonly errors = new IssueList();
  readonly warnings = new IssueList();
  readonly edges = new TableEdges();
  readonly skipped = new SkippedRows();
  readonly counts: TableCounts = { rowsRead: 0, observations: 0, blankCells: 0, markedEstimates: 0 };
  private readonly values: ValueReader;
  private readonly checks: FigureChecks;
  private readonly names = new Map<string, CountryMatch>();
  private eraExample: string | null = null;
  /** the columns whose cells are figures */
  private readonly valueColumns: ReadonlySet<number>;

  constructor(
    private readonly file: string,
    private readonly layout: TableLayout,
    decimal: DecimalSeparator,
    private readonly choices: ReadChoices,
    private readonly legend: CellLegend,
    /** where whole-file problems are reported */
    private readonly headerLine: number,
  ) {
    const bounds = UNIT_BOUNDS[choices.quantity ?? "percent_of_gdp"];
    this.values = new ValueReader(decimal, choices.unit, bounds);
    this.checks = new FigureChecks(bounds.outlierAbove);
    this.valueColumns = new Set(layout.kind === "wide" ? layout.yearColumns.map((c) => c.index) : [layout.valueColumn]);
  }

  get layoutKind() {
    return this.layout.kind;
  }

  /** Validates one data record; calls emit for each valid observation it holds. */
  read(record: SourceRecord, emit: (o: ParsedObservation) => void): void {
    const { cells, line } = record;
    const layout = this.layout;
    if (this.edges.stoppedAt) return void (this.edges.linesAfterStop += 1);
    // before any work on its text: a cell longer than a name or a note is the row's error (a value cell longer
    // than a value is the value reader's, MAX_VALUE_CHARS)
    const long = this.longTextCell(cells);
    if (long >= 0) {
      this.counts.rowsRead += 1;
      return this.error(rowIssue(line, long, "textTooLong", { text: cells[long], params: { max: MAX_TEXT_CHARS } }));
    }
    if (cells.every((c) => c.trim() === "")) return; // blank line
    const unit = rowUnit(cells, line, layout.unitColumn, this.choices.measure, this.choices.quantity);
    if ("otherMeasure" in unit) return this.skipped.otherMeasures.add(unit.otherMeasure, line);
    const country = rowCountry(cells, layout.countryColumns, this.lookup, layout.kind === "owid");
    if (country.kind !== "country") return this.notACountry(record, country);
    this.edges.countryRow();
    this.counts.rowsRead += 1;
    const extra = this.extraFields(cells, line);
    if (extra) return this.error(extra);
    const status = rowStatus(cells, line, layout.statusColumn, layout.estimateColumn);
    if ("issue" in status) return this.error(status.issue);
    if ("issue" in unit) return this.error(unit.issue);
    // a long row's year and value are both checked, so one pass over the file shows both problems
    const year = layout.kind === "wide" ? undefined : rowYear(cells, line, layout.yearColumn);
    if (year && "issue" in year) this.error(year.issue);
    if (year && "ok" in year && year.ok.era) this.eraExample ??= year.ok.era;
    const { note, source } = rowNote(cells, layout.noteColumn, layout.sourceColumn);
    const yearOk = year && "ok" in year ? year.ok.year : layout.kind === "wide" ? undefined : 0;
    const found = rowFigures(record, layout, { status: status.ok, note, year: yearOk }, this.values, this.legend);
    this.counts.blankCells += found.blanks;
    this.counts.markedEstimates += found.markedEstimates;
    for (const issue of found.issues) this.error(issue);
    if (yearOk === 0) return;
    for (const f of found.figures) {
      const o = { country: country.iso3, year: f.year, value: f.value, status: f.status, note: f.note, source };
      const checked = this.checks.check(o, line, f.column);
      if (checked.error) this.error(checked.error);
      if (checked.warning) this.warn(checked.warning);
      if (checked.error) continue;
      this.counts.observations += 1;
      emit(o);
    }
  }

  /** Checks that need the whole file: fractions, and what was skipped around and inside the table. */
  finish(): void {
    this.edges.end();
    const found = fileIssues({
      headerLine: this.headerLine,
      valueColumn: this.layout.kind === "wide" ? null : this.layout.valueColumn,
      yearColumn: this.layout.kind === "wide" ? null : this.layout.yearColumn,
      values: this.values,
      edges: this.edges,
      skipped: this.skipped,
      choices: this.choices,
      eraExample: this.eraExample,
      markedEstimates: this.counts.markedEstimates,
      legend: this.legend,
    });
    for (const e of found.errors) this.errors.add(locatedIssue(this.file, this.layout.header, e), true);
    for (const w of found.warnings) this.warnings.add(locatedIssue(this.file, this.layout.header, w), true);
  }

  private readonly lookup = (text: string): CountryMatch => {
    let match = this.names.get(text);
    if (match === undefined) {
      match = lookupCountry(text);
      if (this.names.size < MAX_CACHED_NAMES) this.names.set(text, match);
    }
    return match;
  };

  /** A row no country cell of which names one of today's countries: skipped and counted, or refused. */
  private notACountry(record: SourceRecord, country: Exclude<ReturnType<typeof rowCountry>, { kind: "country" }>) {
    const { cells, line } = record;
    if (this.counts.observations > 0 && this.edges.isHeader(cells)) return this.edges.stop(line, cells);
    if (country.kind === "former") {
      this.skipped.formerStates.add(country.label, line);
      return this.edges.countryRow();
    }
    if (!this.hasFigures(cells)) {
      const label = country.kind === "unnamed" ? "" : "label" in country ? country.label : country.text;
      return this.edges.loose(line, label || (cells.find((c) => c.trim() !== "") ?? "").trim());
    }
    this.counts.rowsRead += 1;
    const column = this.layout.countryColumns[0]!;
    if (country.kind === "aggregate") return this.skipped.aggregates.add(country.label, line);
    if (country.kind === "unknown") {
      this.skipped.unknown.add(country.label, line);
      if (!this.choices.skipUnknown) this.error(rowIssue(line, column, "unknownCountry", { text: country.label }));
      return;
    }
    if (country.kind === "unnamed") return this.error(rowIssue(line, column, "missingCountry", { text: "" }));
    const candidates = country.candidates.map((c) => `${englishName(c)} (${c})`).join(", ");
    this.error(rowIssue(line, column, "ambiguousCountry", { text: country.text, params: { candidates } }));
  }

  /** The first cell other than a value longer than any name or note may be, or -1. */
  private longTextCell(cells: readonly string[]): number {
    for (let i = 0; i < cells.length; i++) if (cells[i]!.length > MAX_TEXT_CHARS && !this.valueColumns.has(i)) return i;
    return -1;
  }

  /** Whether any value cell of the record holds something other than blank or a missing-value marker. */
  private hasFigures(cells: readonly string[]): boolean {
    const layout = this.layout;
    const columns = layout.kind === "wide" ? layout.yearColumns.map((c) => c.index) : [layout.valueColumn];
    return columns.some((i) => !isMissingMarker(cells[i] ?? ""));
  }

  private extraFields(cells: readonly string[], line: number): RowIssue | undefined {
    const width = this.layout.header.length;
    if (cells.length <= width) return undefined;
    const extra = cells.slice(width).filter((c) => c.trim() !== "");
    if (extra.length === 0) return undefined;
    const column = cells.findIndex((c, i) => i >= width && c.trim() !== "");
    return rowIssue(line, column, "extraFields", { text: extra.join(", "), params: { count: extra.length, width } });
  }

  private error(issue: RowIssue): void {
    this.errors.add(locatedIssue(this.file, this.layout.header, issue));
  }

  private warn(issue: RowIssue): void {
    this.warnings.add(locatedIssue(this.file, this.layout.header, issue));
  }
}
