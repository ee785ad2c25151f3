import { SERIES_BREAKS } from "../../reference/series-breaks";
import type { Translator } from "../text/labels";

/** A series break as a chart draws it (a band from the last old-basis year to the first new one) and explains it. */
export interface BreakMark {
  id: string;
  /** the series it concerns: a definition, or `computed:<measure>` */
  series: string;
  /** null: every country of the series */
  country: string | null;
  x1: number;
  x2: number;
  label: string;
  explanation: string;
  /** ①, ②…: drawn in the band, and before the explanation under the chart (full labels do not fit a band) */
  marker: string;
}

/** The breaks in the given series (definitions or computed measures) for these countries, within [from, to]. */
export function breakMarks(
  series: string[],
  countries: string[],
  from: number,
  to: number,
  t: Translator,
): BreakMark[] {
  return SERIES_BREAKS.flatMap((b) =>
    b.appliesTo
      .filter((s) => series.includes(s))
      .filter(() => (b.country === null || countries.includes(b.country)) && b.lastOld >= from && b.firstNew <= to)
      .map((s) => ({
        id: b.id,
        series: s,
        country: b.country,
        x1: b.lastOld,
        x2: b.firstNew,
        label: t(`breaks.${b.id}.label`),
        explanation: t(`breaks.${b.id}.explanation`),
      })),
  )
    .filter((m, i, all) => all.findIndex((o) => o.id === m.id) === i)
    .map((m, i) => ({ ...m, marker: String.fromCharCode(0x2460 + i) }));
}

/** The breaks to explain beside a country's figure for a year: the two figures on either side of the change. */
export function breaksAt(marks: BreakMark[], country: string, year: number): BreakMark[] {
  return marks.filter((m) => (m.country === null || m.country === country) && (year === m.x1 || year === m.x2));
}
