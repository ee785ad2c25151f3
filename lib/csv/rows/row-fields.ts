import { parseYear } from "../cells";
import type { OptionalColumn } from "../layout";
import type { Unit } from "../../reference/units";
import { type RowIssue, rowIssue } from "./row-issue";

export const OBSERVATION_STATUSES = ["actual", "estimate", "budget", "plan"] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** A field's value, or why the row cannot be read. */
export type Checked<T> = { ok: T } | { issue: RowIssue };

const cell = (cells: readonly string[], column: number) => (cells[column] ?? "").trim();
/** A cell's text, or null when the column is absent or the cell blank. */
export const textOf = (cells: readonly string[], column: OptionalColumn): string | null =>
  column === null ? null : cell(cells, column) || null;

// Maps, not objects: a cell "constructor" or "__proto__" names no status
const STATUS_ALIASES: ReadonlyMap<string, ObservationStatus> = new Map(
  Object.entries({
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
  } satisfies Record<string, ObservationStatus>),
);

/** The row's status, from a status column or a true/false estimate column (NATO extracts); actual without either. */
export function rowStatus(
  cells: readonly string[],
  line: number,
  status: OptionalColumn,
  estimate: OptionalColumn,
): Checked<ObservationStatus> {
  if (status !== null) {
    const raw = cell(cells, status);
    // most cells are written as listed: no lower-cased copy for those
    const found = STATUS_ALIASES.get(raw) ?? STATUS_ALIASES.get(raw.toLowerCase());
    if (!found)
      return {
        issue: rowIssue(line, status, "status", { text: raw, params: { allowed: OBSERVATION_STATUSES.join(", ") } }),
      };
    if (found !== "actual" || estimate === null) return { ok: found };
  }
  if (estimate === null) return { ok: "actual" };
  const flag = ESTIMATE_FLAGS.get(cell(cells, estimate).toLowerCase());
  if (flag === undefined) return { issue: rowIssue(line, estimate, "estimateFlag", { text: cell(cells, estimate) }) };
  return { ok: flag ? "estimate" : "actual" };
}

const ESTIMATE_FLAGS: ReadonlyMap<string, boolean> = new Map(
  Object.entries({
    true: true,
    yes: true,
    y: true,
    "1": true,
    e: true,
    false: false,
    no: false,
    n: false,
    "0": false,
    "": false,
  }),
);

const PERCENT_UNITS =
  /^(%|pct|percent|per ?cent|%? ?(of|share of) ?gdp|percent(age)? of gdp|share of gdp|% gdp|pct_gdp|percent_of_gdp)$/i;

/**
 * What the unit (or measure) column says of the row: percent of GDP (read it), the measure the editor chose (read
 * it), another measure the editor chose to leave out, or a unit this dashboard cannot read.
 */
export function rowUnit(
  cells: readonly string[],
  line: number,
  column: OptionalColumn,
  measure: string | undefined,
  quantity: Unit = "percent_of_gdp",
): { read: true } | { otherMeasure: string } | { issue: RowIssue } {
  if (column === null) return { read: true };
  const raw = cell(cells, column);
  if (measure !== undefined) return raw === measure ? { read: true } : { otherMeasure: raw };
  const named = quantity === "percent_of_gdp" ? PERCENT_UNITS.test(raw) : raw === quantity;
  return named ? { read: true } : { issue: rowIssue(line, column, "unit", { text: raw }) };
}

export interface ParsedYearCell {
  year: number;
  /** the cell was a Japanese era year, as written ("令和5年度 = FY2023") */
  era: string | null;
}

export function rowYear(cells: readonly string[], line: number, column: number): Checked<ParsedYearCell> {
  const text = cell(cells, column);
  const parsed = parseYear(text);
  if (!parsed || parsed.year < YEAR_MIN || parsed.year > YEAR_MAX)
    return {
      issue: rowIssue(line, column, "year", { text, params: { min: String(YEAR_MIN), max: String(YEAR_MAX) } }),
    };
  return { ok: { year: parsed.year, era: parsed.era ? `${text} = FY${parsed.year}` : null } };
}

/** A notes cell of footnote references only (SIPRI's "‡§¶16", "‖", "..."): nothing a reader could use alone. */
export const isFootnoteReference = (text: string) => /^[\s‡§†*¶#‖¹²³⁴⁵⁶⁷⁸⁹⁰,;.\d]*$/u.test(text);

/** The row's note (footnote references dropped) and source. */
export function rowNote(cells: readonly string[], note: OptionalColumn, source: OptionalColumn) {
  const text = textOf(cells, note);
  return { note: text && !isFootnoteReference(text) ? text : null, source: textOf(cells, source) };
}
