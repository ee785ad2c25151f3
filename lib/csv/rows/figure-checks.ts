import { type RowIssue, rowIssue } from "./row-issue";

export const OUTLIER_PERCENT = 15;

/** A dense integer for an ISO3 code (A-Z letters), so duplicate detection needs no string keys. */
const countryKey = (iso3: string) =>
  (iso3.charCodeAt(0) - 64) * 729 + (iso3.charCodeAt(1) - 64) * 27 + (iso3.charCodeAt(2) - 64);

/** The checks each figure gets against the figures before it: one per country and year; unusually high values. */
export class FigureChecks {
  private readonly seen = new Map<number, number>();

  /** `outlierAbove`: the unit's figure worth a warning (15% of GDP); null = none */
  constructor(private readonly outlierAbove: number | null = OUTLIER_PERCENT) {}

  check(
    o: { country: string; year: number; value: string },
    line: number,
    column: number,
  ): { error?: RowIssue; warning?: RowIssue } {
    const pair = o.year * 100000 + countryKey(o.country);
    const firstLine = this.seen.get(pair);
    if (firstLine !== undefined)
      return {
        error: rowIssue(line, column, "duplicate", {
          text: o.value,
          params: { country: o.country, year: String(o.year), firstLine: String(firstLine) },
        }),
      };
    this.seen.set(pair, line);
    if (this.outlierAbove === null || Number(o.value) <= this.outlierAbove) return PASSED;
    return {
      warning: rowIssue(line, column, "outlier", {
        text: o.value,
        params: { country: o.country, year: String(o.year), value: o.value, limit: this.outlierAbove },
      }),
    };
  }
}

/** A figure that passed: one answer for all of them (nearly every figure), not an object each. */
const PASSED: { error?: RowIssue; warning?: RowIssue } = Object.freeze({});
