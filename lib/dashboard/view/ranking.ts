import { INDO_PACIFIC_PARTNERS, isNatoAlly } from "../../reference/memberships";
import type { ReferenceTarget } from "../../reference/targets";
import { latestYear, type Point, rankCountries } from "../series/series";
import type { DashboardState } from "../state/url-state";
import { rankingLines } from "../text/annotations";
import { type LoadedDataset, sharesOfGdp } from "./inputs";

// One year of an edition, ranked: allies counted against NATO's lines, partners ranked beside them with SIPRI's
// figure where the dataset has none (marked `comparator`, never counted). Country codes, not names: the page names them.

export type Ranking = ReturnType<typeof rankCountries> & {
  /** Indo-Pacific partners with no figure for the year in this dataset or SIPRI's */
  absent: string[];
  /** countries the reader chose that have no figure for the year in this dataset (NATO left Germany 2025 empty) */
  unranked: string[];
  /** the SIPRI editions the partners' figures come from */
  comparatorEditions: string[];
};

/** SIPRI's figures standing in for partners the dataset lacks, and the editions they come from. */
export interface ComparatorFigures {
  points: Point[];
  editions: string[];
}

/** The year ranked: the one the reader chose, if the edition has figures for it, else the latest in the range. */
export const rankedYear = (state: DashboardState, figures: Point[]): number | null =>
  state.year !== null && figures.some((p) => p.year === state.year)
    ? state.year
    : latestYear(figures, state.from, state.to);

/** Indo-Pacific partners without a figure for the year in the edition (NATO publishes figures for allies only). */
export const partnersLacking = (figures: Point[], year: number): string[] =>
  INDO_PACIFIC_PARTNERS.filter((c) => !figures.some((p) => p.country === c && p.year === year));

/**
 * Where partners' figures come from when the dataset lacks them: SIPRI's share of GDP, unless it is the one ranked;
 * none for a dataset in another unit (SIPRI has no equipment share to put beside NATO's).
 */
export function comparatorSource(
  datasets: LoadedDataset[],
  shown: { slug: string; unit: LoadedDataset["unit"] },
): LoadedDataset | null {
  if (shown.unit !== "percent_of_gdp") return null;
  const sipri = sharesOfGdp(datasets).find((d) => d.definition === "SIPRI");
  return sipri && sipri.slug !== shown.slug ? sipri : null;
}

export function buildRanking(input: {
  state: DashboardState;
  year: number;
  /** the edition's figures for every country in the range */
  figures: Point[];
  comparators: ComparatorFigures;
  targets: readonly Pick<ReferenceTarget, "slug" | "label" | "value" | "targetYear" | "appliesTo">[];
  names: ReadonlyMap<string, string>;
}): Ranking {
  const { state, year, figures, comparators } = input;
  const ranked = rankCountries(
    [...figures, ...comparators.points.map((p) => ({ ...p, comparator: true }))],
    year,
    input.names,
    rankingLines(input.targets),
    isNatoAlly,
  );
  const found = new Set(comparators.points.map((p) => p.country));
  const shown = new Set(ranked.ranked.map((r) => r.country));
  const absent = partnersLacking(figures, year).filter((c) => !found.has(c));
  return {
    ...ranked,
    absent,
    unranked: state.countries.filter((c) => !shown.has(c) && !absent.includes(c)),
    comparatorEditions: comparators.editions,
  };
}
