import "server-only";
import { rankingLines } from "../dashboard/text/annotations";
import { latestYear, rankCountries } from "../dashboard/series/series";
import type { DashboardState } from "../dashboard/state/url-state";
import { INDO_PACIFIC_PARTNERS, isNatoAlly } from "../reference/countries";
import { getObservations, type ObservationPoint } from "./get-observations";
import { getPreviousEdition } from "./get-previous-edition";
import type { DatasetSummary } from "./list-datasets";
import type { ReferenceTarget } from "./list-reference-targets";

export type Ranking = ReturnType<typeof rankCountries> & {
  /** Indo-Pacific partners with no figure for the year in this dataset or SIPRI's */
  absent: string[];
  /** countries the reader chose that have no figure for the year in this dataset (NATO left Germany 2025 empty) */
  unranked: string[];
  /** the SIPRI editions the partners' figures come from */
  comparatorEditions: string[];
};

/**
 * One year of an edition, ranked; allies counted against NATO's lines, partners ranked beside them with SIPRI's
 * figure where the dataset has none (marked, never counted). Country codes, not names: the page names them.
 */
export async function getRanking(
  state: DashboardState,
  editionId: number,
  datasets: DatasetSummary[],
  dataset: DatasetSummary,
  targets: ReferenceTarget[],
  names: Map<string, string>,
): Promise<Ranking | null> {
  const all = await getObservations(editionId, null, state.from, state.to);
  const year =
    state.year !== null && all.some((p) => p.year === state.year) ? state.year : latestYear(all, state.from, state.to);
  if (year === null) return null;
  const comparators = await indoPacificComparators(datasets, dataset, all, year, names);
  const ranked = rankCountries(
    [...all, ...comparators.points],
    year,
    comparators.names,
    rankingLines(targets),
    isNatoAlly,
  );
  const shown = new Set([...ranked.ranked.map((r) => r.country.slice(0, 3)), ...comparators.absent]);
  return {
    ...ranked,
    absent: comparators.absent,
    unranked: state.countries.filter((c) => !shown.has(c)),
    comparatorEditions: comparators.editions,
  };
}

/**
 * NATO publishes figures for allies only. So that Japan and the other Indo-Pacific partners can be ranked beside
 * them, their figure for the year is taken from SIPRI and labelled with that definition (never passed off as NATO's):
 * from SIPRI's current edition, or, where that partial edition lacks the year, from its previous edition (named).
 */
async function indoPacificComparators(
  datasets: DatasetSummary[],
  dataset: DatasetSummary,
  all: ObservationPoint[],
  year: number,
  names: Map<string, string>,
) {
  const missing = INDO_PACIFIC_PARTNERS.filter((c) => !all.some((p) => p.country === c && p.year === year));
  const sipri = datasets.find((d) => d.definition === "SIPRI");
  if (missing.length === 0 || !sipri || sipri.slug === dataset.slug)
    return { points: [], names, absent: missing, editions: [] };
  const current = { id: sipri.currentEdition!.id, label: sipri.currentEdition!.label };
  const previous = await getPreviousEdition(sipri.slug, current.id);
  const points: ObservationPoint[] = [];
  const editions: string[] = [];
  for (const edition of previous ? [current, previous] : [current]) {
    const found = await getObservations(
      edition.id,
      missing.filter((c) => !points.some((p) => p.country === `${c}*`)),
      year,
      year,
    );
    if (found.length > 0) editions.push(edition.label);
    points.push(...found.map((p) => ({ ...p, country: `${p.country}*` })));
  }
  const labelled = new Map(names);
  for (const p of points) labelled.set(p.country, `${names.get(p.country.slice(0, 3)) ?? p.country} (SIPRI)`);
  return {
    points,
    names: labelled,
    absent: missing.filter((c) => !points.some((p) => p.country === `${c}*`)),
    editions,
  };
}
