import { asciiDigits, isMissingMarker, isNotAFigure } from "./cells";
import type { DecimalSeparator } from "./dialect";
import type { CsvIssueCode, CsvIssueParams } from "./issues";
import { MAX_EXPONENT, MAX_VALUE_CHARS } from "./limits";
import { timesHundred } from "./readers/xlsx-cells";
import { decimalNumber, plainDecimal, plainNumber } from "./text-scan";
import { UNIT_BOUNDS, type UnitBounds } from "../reference/units";

/** What the file's plain numbers are: percent of GDP (2.0 = 2%) or fractions (0.02 = 2%), when the user says. */
export type ValueUnit = "percent" | "fraction";

/** Kuwait 1991 spent 117% of GDP (SIPRI); above 200 a value is not a share of GDP. */
export const MAX_PERCENT = UNIT_BOUNDS.percent_of_gdp.max;
export const FRACTION_SUSPECT = 0.2;
/** Share of plain values below FRACTION_SUSPECT from which a file is taken to hold fractions. */
export const FRACTION_SHARE = 0.9;

export type ValueResult = { value: string } | { missing: true } | { issue: CsvIssueCode; params?: CsvIssueParams };

/**
 * Reads value cells as decimal text in the dataset's unit (percent of GDP unless `bounds` say otherwise), and counts
 * the plain numbers that look like fractions. A value marked "%" (typed so, or an XLSX cell formatted as a
 * percentage) is percent whatever the unit.
 */
export class ValueReader {
  plainValues = 0;
  plainBelowSuspect = 0;
  /** fractions multiplied by 100 because the user said the file holds fractions */
  converted = 0;

  constructor(
    private readonly decimal: DecimalSeparator,
    private readonly unit: ValueUnit | undefined,
    private readonly bounds: UnitBounds = UNIT_BOUNDS.percent_of_gdp,
  ) {}

  read(raw: string): ValueResult {
    // checked before any work on the text: a cell of 25,000 digits costs one comparison
    if (raw.length > MAX_VALUE_CHARS) return { issue: "valueTooLong", params: { max: MAX_VALUE_CHARS } };
    // the common cell, ASCII digits and a point ("2.37"): none of the markers, signs, digit forms, spaces or
    // exponents the general reading below looks for
    if (this.decimal === "." && plainDecimal(raw)) return this.inUnit(raw, false);
    if (isMissingMarker(raw)) return { missing: true };
    if (isNotAFigure(raw)) return { issue: "notAFigure" };
    let text = asciiDigits(raw).replace(/\s/g, "");
    const percentMarked = text.endsWith("%");
    if (percentMarked) text = text.slice(0, -1);
    if (this.decimal === ",") text = text.replace(",", ".");
    const number = decimalNumber(text);
    if (!number) {
      const comma = this.decimal === "." && text.includes(",") && plainNumber(text, false) && !text.endsWith("%");
      return { issue: comma ? "notNumberDecimalComma" : "notNumber" };
    }
    // before any arithmetic: the ×100 of a fraction writes out the digits the exponent asks for
    if (Math.abs(number.exponent) > MAX_EXPONENT) return { issue: "exponentRange", params: { max: MAX_EXPONENT } };
    return this.inUnit(text, percentMarked);
  }

  /** A number's text, read: in the dataset's unit, within its bounds, counted for the fractions check. */
  private inUnit(text: string, percentMarked: boolean): ValueResult {
    if (!percentMarked && this.unit === "fraction") {
      text = timesHundred(text);
      this.converted += 1;
    }
    const numeric = Number(text);
    if (numeric < 0 || numeric > this.bounds.max)
      return this.bounds === UNIT_BOUNDS.percent_of_gdp
        ? { issue: "range", params: { max: MAX_PERCENT } }
        : { issue: "rangeUnit", params: { max: this.bounds.max } };
    if (!percentMarked && this.unit === undefined) {
      this.plainValues += 1;
      if (numeric < FRACTION_SUSPECT) this.plainBelowSuspect += 1;
    }
    return { value: /e/i.test(text) ? String(numeric) : text };
  }

  /** True when the file's plain values look like fractions and the user has not said which unit they are. */
  get looksLikeFractions(): boolean {
    if (!this.bounds.fractionsPossible) return false;
    return this.plainValues > 0 && this.plainBelowSuspect >= this.plainValues * FRACTION_SHARE;
  }
}
