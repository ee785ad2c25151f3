import type { Translator } from "../text/labels";
import { type ComputedShare, shareSeries } from "./japan-shares";
import { shareFormula, shareLabel } from "../text/share-formula";

/** One line of the definitions chart: a publisher's series, or a share computed here (with its formula). */
export interface DefinitionSeries {
  key: string;
  /** what a series break is keyed by (lib/reference/series-breaks.ts): a definition or `computed:<measure>` */
  breakKey: string;
  name: string;
  computed: boolean;
  points: { year: number; value: number; status: string; formula?: string }[];
}

export type DefinitionRow = { year: number } & Record<string, number | [number, number] | undefined>;

/** One row per year with each series' value, and the band between the lowest and highest (the definitional gap). */
export function toDefinitionRows(series: DefinitionSeries[]): DefinitionRow[] {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    const row: DefinitionRow = { year };
    const values: number[] = [];
    for (const s of series) {
      const p = s.points.find((x) => x.year === year);
      if (!p) continue;
      row[s.key] = p.value;
      values.push(p.value);
    }
    if (values.length >= 2) row.gap = [Math.min(...values), Math.max(...values)];
    return row;
  });
}

/** The computed lines drawn for Japan: security-related on both GDP bases, the MoD budget on same-year GDP. */
const COMPUTED_LINES = [
  ["security_related", "fy2022"],
  ["security_related", "same-year"],
  ["defense_related", "same-year"],
] as const;

export function computedSeries(
  shares: ComputedShare[],
  from: number,
  to: number,
  t: Translator,
  locale: string,
): DefinitionSeries[] {
  return COMPUTED_LINES.map(([measure, basis]) => ({
    key: `computed:${measure}:${basis}`,
    breakKey: `computed:${measure}`,
    name: shareLabel({ measure, basis }, t),
    computed: true,
    points: shareSeries(shares, measure, basis)
      .filter((s) => s.fiscalYear >= from && s.fiscalYear <= Math.max(to, 2027))
      .map((s) => ({
        year: s.fiscalYear,
        value: s.value,
        status: s.status,
        formula: `${t(`japan.budget.${s.budget}`)}: ${shareFormula(s, t, locale)}`,
      })),
  })).filter((s) => s.points.length > 0);
}
