import { recentGrowth, type Scenario, sharePath, spendingGrowthNeeded, yearReached } from "./scenario";
import type { YearValue } from "./straight-path";
import { gdpThrough, type GdpYear, yenFor } from "./yen-targets";

// The scenario calculator's output for one country, from its latest share and its nominal spending and GDP
// series: the rates default to their recent averages (said as such), and the reader's own rates replace them.

/** Years the recent averages span, when the series reaches that far back. */
export const AVERAGE_YEARS = 3;
/** The last year a scenario is carried to when the target is not reached earlier. */
export const SCENARIO_HORIZON = 2100;

export interface NominalSeries {
  /** nominal amounts in the country's currency (any unit: only growth is used) */
  series: YearValue[];
  /** where the figures come from, for the note under the input */
  source: string;
}

export interface ScenarioFacts {
  country: string;
  start: YearValue;
  spending: NominalSeries | null;
  gdp: NominalSeries | null;
  /** Japan: GDP by fiscal year (data/japan-gdp.csv), for the yen amounts */
  japanGdp: GdpYear[] | null;
}

export interface RateDefault {
  /** percent a year */
  value: number;
  from: number;
  to: number;
  source: string;
}

export interface YenRow {
  share: number;
  /** FY2022 GDP, the NSS's fixed denominator */
  fy2022: number | null;
  /** same-year GDP: published figures, then projected at the scenario's GDP growth */
  sameYear: { fiscalYear: number; amountJpyBn: number; kind: GdpYear["kind"] }[];
}

export interface ScenarioView {
  country: string;
  start: YearValue;
  defaults: { gdpGrowth: RateDefault | null; spendingGrowth: RateDefault | null };
  /** the rates used: the reader's, else the defaults, else 0 (no published series to average) */
  gdpGrowth: number;
  spendingGrowth: number;
  path: YearValue[];
  reached: number | null;
  /** spending growth a year that reaches the target in its year at this GDP growth; null when it is past */
  needed: number | null;
  yen: YenRow[] | null;
}

/** The recent average of a series, over AVERAGE_YEARS or as many as it has (at least one). */
export function rateDefault(nominal: NominalSeries | null): RateDefault | null {
  if (!nominal) return null;
  const to = Math.max(...nominal.series.map((p) => p.year));
  for (let years = AVERAGE_YEARS; years >= 1; years--) {
    const value = recentGrowth(nominal.series, years);
    if (value !== null) return { value, from: to - years, to, source: nominal.source };
  }
  return null;
}

const YEN_SHARES = [2, 3.5];
/** Years the yen table projects to, after the published GDP figures: the NSS's goal year and the Hague's. */
const YEN_PROJECTED_YEARS = [2027, 2035];

export function scenarioView(
  facts: ScenarioFacts,
  asked: { gdpGrowth: number | null; spendingGrowth: number | null },
  target: YearValue,
): ScenarioView {
  const defaults = { gdpGrowth: rateDefault(facts.gdp), spendingGrowth: rateDefault(facts.spending) };
  const gdpGrowth = asked.gdpGrowth ?? defaults.gdpGrowth?.value ?? 0;
  const spendingGrowth = asked.spendingGrowth ?? defaults.spendingGrowth?.value ?? 0;
  const scenario: Scenario = { start: facts.start, gdpGrowth, spendingGrowth };
  return {
    country: facts.country,
    start: facts.start,
    defaults,
    gdpGrowth,
    spendingGrowth,
    path: sharePath(scenario, target.year),
    reached: yearReached(scenario, target.value, SCENARIO_HORIZON),
    needed: spendingGrowthNeeded(scenario, target),
    yen: facts.japanGdp && yenRows(facts.japanGdp, gdpGrowth, target.year),
  };
}

function yenRows(gdp: GdpYear[], growth: number, toYear: number): YenRow[] {
  const base = gdp.find((g) => g.fiscalYear === 2022);
  const years = gdpThrough(gdp, growth, toYear).filter(
    (g) => g.fiscalYear > 2022 && (g.kind !== "projection" || YEN_PROJECTED_YEARS.includes(g.fiscalYear)),
  );
  return YEN_SHARES.map((share) => ({
    share,
    fy2022: base ? yenFor(share, [base])[0]!.amountJpyBn : null,
    sameYear: yenFor(share, years).map((a) => ({
      fiscalYear: a.basis.fiscalYear,
      amountJpyBn: a.amountJpyBn,
      kind: a.basis.kind,
    })),
  }));
}
