import type { JapanAmount, JapanGdp } from "../series/japan-budget";
import { gdpFor } from "../series/japan-shares";
import type { NominalSeries } from "../outlook/scenario-view";
import type { GdpYear } from "../outlook/yen-targets";
import type { Unit } from "../../reference/units";
import { sharesOfGdp } from "./inputs";

// Which figures the outlook judges each country by, and the nominal series behind its scenario defaults.

interface Dataset {
  slug: string;
  definition: string;
  unit: Unit;
}

/**
 * NATO's core-defence dataset for the allies it covers, and for everyone else the dataset chosen, or SIPRI when
 * the one chosen is NATO's (it has no partners) or not a share of GDP (NATO's equipment share, SIPRI's US$).
 */
export function outlookDatasets<D extends Dataset>(
  all: readonly D[],
  chosen: string,
): { core: D | null; other: D | null } {
  const loaded = sharesOfGdp(all);
  const core = loaded.find((d) => d.definition === "NATO_CORE") ?? null;
  const picked = loaded.find((d) => d.slug === chosen);
  const other =
    picked && picked.definition !== "NATO" && picked.definition !== "NATO_CORE"
      ? picked
      : (loaded.find((d) => d.definition === "SIPRI") ?? picked ?? null);
  return { core, other };
}

/** Japan's MoD budgets (defense-related, initial) by fiscal year: the spending behind its scenario default. */
export function japanSpending(amounts: JapanAmount[]): NominalSeries | null {
  const series = amounts
    .filter((a) => a.measure === "defense_related" && a.budget === "initial" && a.status === "budget")
    .map((a) => ({ year: a.fiscalYear, value: a.amountJpyBn }));
  return series.length > 1 ? { series, source: "japanBudget" } : null;
}

/** Japan's nominal GDP by fiscal year, one figure a year (settled before estimated before forecast). */
export function japanGdpYears(gdp: JapanGdp[]): GdpYear[] {
  return [...new Set(gdp.map((g) => g.fiscalYear))]
    .sort((a, b) => a - b)
    .map((year) => gdpFor(gdp, year)!)
    .map((g) => ({ fiscalYear: g.fiscalYear, gdpJpyBn: g.gdpJpyBn, kind: g.kind }));
}

/** The GDP behind Japan's scenario default: the same figures, as a nominal series. */
export function japanGdpSeries(gdp: GdpYear[]): NominalSeries | null {
  return gdp.length > 1
    ? { series: gdp.map((g) => ({ year: g.fiscalYear, value: g.gdpJpyBn })), source: "japanGdp" }
    : null;
}
