// The outlook view's own URL parameters: the scenario (`sc=POL&gdp=3.4&spend=7.7`, rates in percent a year; absent =
// the country's recent averages), the previous edition's line on the path chart (`prev=1`) and the figure whose
// revisions the table shows (`rev=POL-2024`). Each is bounded here; anything else falls back to its default.

export interface OutlookState {
  /** the country the scenario is for; null = the first selected country */
  scenarioCountry: string | null;
  /** nominal GDP growth, percent a year; null = the country's recent average */
  gdpGrowth: number | null;
  /** nominal defence spending growth, percent a year; null = the country's recent average */
  spendingGrowth: number | null;
  /** draw the previous edition's figures as a dashed line on the path chart */
  previousEdition: boolean;
  /** the figure whose printings in each edition the table view lists */
  revision: { country: string; year: number } | null;
}

export const OUTLOOK_DEFAULTS: OutlookState = {
  scenarioCountry: null,
  gdpGrowth: null,
  spendingGrowth: null,
  previousEdition: false,
  revision: null,
};

/** The bounds of each rate, percent a year; rates are kept to one decimal. */
export const RATE_BOUNDS = { gdp: [-20, 30], spend: [-50, 100] } as const;

export const OUTLOOK_PARAMS = ["sc", "gdp", "spend", "prev", "rev"] as const;

type Param = string | undefined;

function rate(v: Param, [min, max]: readonly [number, number]): number | null {
  if (!v || !/^-?\d{1,3}(?:\.\d{1,6})?$/.test(v)) return null;
  const n = Math.round(Number(v) * 10) / 10;
  return n >= min && n <= max ? n + 0 : null; // + 0 turns -0 into 0
}

export function parseOutlook(
  params: { sc?: Param; gdp?: Param; spend?: Param; prev?: Param; rev?: Param },
  isCountry: (code: string) => boolean,
  isYear: (year: number) => boolean,
): OutlookState {
  const sc = params.sc?.toUpperCase();
  const rev = /^([A-Za-z]{3})-(\d{4})$/.exec(params.rev ?? "");
  const revCountry = rev?.[1]!.toUpperCase();
  return {
    scenarioCountry: sc && isCountry(sc) ? sc : null,
    gdpGrowth: rate(params.gdp, RATE_BOUNDS.gdp),
    spendingGrowth: rate(params.spend, RATE_BOUNDS.spend),
    previousEdition: params.prev === "1",
    revision:
      rev && isCountry(revCountry!) && isYear(Number(rev[2])) ? { country: revCountry!, year: Number(rev[2]) } : null,
  };
}

/** The parameters that differ from the defaults, in OUTLOOK_PARAMS order. */
export function serializeOutlook(state: OutlookState): string[] {
  const parts: string[] = [];
  if (state.scenarioCountry !== null) parts.push(`sc=${state.scenarioCountry}`);
  if (state.gdpGrowth !== null) parts.push(`gdp=${state.gdpGrowth}`);
  if (state.spendingGrowth !== null) parts.push(`spend=${state.spendingGrowth}`);
  if (state.previousEdition) parts.push("prev=1");
  if (state.revision) parts.push(`rev=${state.revision.country}-${state.revision.year}`);
  return parts;
}
