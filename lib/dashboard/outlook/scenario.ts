import type { YearValue } from "./straight-path";

// A what-if for one country: its share of GDP carried forward from its latest figure, with nominal GDP and
// defence spending each growing by a constant rate a year. share(y) = share(start) × ((1 + s) / (1 + g))^(y − start).

export interface Scenario {
  /** the latest figure: percent of GDP in its year */
  start: YearValue;
  /** nominal GDP growth, percent a year */
  gdpGrowth: number;
  /** nominal defence spending growth, percent a year */
  spendingGrowth: number;
}

/** The year-on-year factor of the share. */
const ratio = ({ gdpGrowth, spendingGrowth }: Scenario) => (1 + spendingGrowth / 100) / (1 + gdpGrowth / 100);

/** The share of GDP for each year after the start, to `toYear`. */
export function sharePath(scenario: Scenario, toYear: number): YearValue[] {
  const r = ratio(scenario);
  const { year, value } = scenario.start;
  return Array.from({ length: Math.max(0, toYear - year) }, (_, i) => ({
    year: year + i + 1,
    value: value * r ** (i + 1),
  }));
}

/**
 * The first year the share reaches `target` (the start year when it already does); null when it never does by
 * `horizon`. Solved in closed form, so any rates cost the same.
 */
export function yearReached(scenario: Scenario, target: number, horizon: number): number | null {
  const { year, value } = scenario.start;
  if (value >= target) return year;
  const r = ratio(scenario);
  if (r <= 1 || value <= 0) return null;
  // the smallest whole n with value × r^n ≥ target; the rounding guard keeps an exact hit (2.0 × 1.25 = 2.5) exact
  let n = Math.ceil(Math.log(target / value) / Math.log(r) - 1e-9);
  if (value * r ** n < target - 1e-9) n += 1;
  return year + n <= horizon ? year + n : null;
}

/**
 * Nominal spending growth a year (percent) that brings the share from the start to `target.value` exactly in
 * `target.year`, at the scenario's GDP growth; null when the target year is not after the start.
 */
export function spendingGrowthNeeded(scenario: Scenario, target: YearValue): number | null {
  const { year, value } = scenario.start;
  const years = target.year - year;
  if (years <= 0 || value <= 0) return null;
  return ((1 + scenario.gdpGrowth / 100) * (target.value / value) ** (1 / years) - 1) * 100;
}

/**
 * Average yearly growth (percent, compound) of a nominal series over its last `years` intervals, ending at its
 * newest figure; null without a figure that many years before the newest, or with a non-positive one.
 */
export function recentGrowth(series: YearValue[], years: number): number | null {
  const newest = series.reduce<YearValue | null>((a, p) => (!a || p.year > a.year ? p : a), null);
  const oldest = newest && series.find((p) => p.year === newest.year - years);
  if (!newest || !oldest || oldest.value <= 0 || newest.value <= 0) return null;
  return ((newest.value / oldest.value) ** (1 / years) - 1) * 100;
}
