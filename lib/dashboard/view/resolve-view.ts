import { countryName } from "../../reference/countries";
import { type DashboardState, DEFAULT_STATE, parseState, pinnedEditionOf, type SearchParams } from "../state/url-state";
import type { CountryOption, DatasetSummary, EditionRef, LoadedDataset, StoredEdition } from "./inputs";

// From a dashboard URL to what it shows, in the steps the database answers between: which dataset and pinned edition
// the link asks for, then which countries exist, then the state itself with the edition shown.

export const loadedDatasets = (datasets: DatasetSummary[]): LoadedDataset[] =>
  datasets.filter((d): d is LoadedDataset => d.currentEdition !== null);

/** The dataset a link asks for (or the default), and the edition it pins, before the database says it exists. */
export function requestedEdition(params: SearchParams, loaded: LoadedDataset[]) {
  const dataset =
    loaded.find((d) => d.slug === params.dataset) ?? loaded.find((d) => d.slug === DEFAULT_STATE.dataset) ?? loaded[0]!;
  return { dataset, edition: pinnedEditionOf(params) };
}

/** The editions whose countries the picker offers: every current one, and a pinned one (it may cover more). */
export const editionsOffered = (loaded: LoadedDataset[], pinned: EditionRef | null): number[] => [
  ...new Set([...loaded.map((d) => d.currentEdition.id), ...(pinned ? [pinned.id] : [])]),
];

/** The picker's countries, named in the reader's language and sorted as it sorts. */
export const countryOptions = (countries: CountryOption[], locale: string): CountryOption[] =>
  countries
    .map((c) => ({ ...c, name: countryName(c.iso3, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));

/**
 * The state a URL asks for, checked against what exists. A pinned edition (`v=`) shows only when the database has
 * it, committed, in the dataset shown; else the current edition does.
 */
export function resolveView(
  params: SearchParams,
  known: {
    loaded: LoadedDataset[];
    countries: CountryOption[];
    /** each dataset's newest year with a figure: where its range ends by default */
    newestYears: Readonly<Record<string, number>>;
    /** the dataset the link asked for and the committed edition its `v=` names there, if any */
    requested: LoadedDataset;
    pinned: StoredEdition | null;
  },
): { state: DashboardState; dataset: LoadedDataset; edition: StoredEdition } {
  const { loaded, requested, pinned } = known;
  const parsed = parseState(params, {
    datasets: loaded.map((d) => d.slug),
    countries: new Set(known.countries.map((c) => c.iso3)),
    newestYears: known.newestYears,
  });
  const dataset = loaded.find((d) => d.slug === parsed.dataset) ?? loaded[0]!;
  const shown = parsed.edition !== null && pinned && dataset.slug === requested.slug ? pinned : null;
  return {
    state: { ...parsed, edition: shown ? parsed.edition : null },
    dataset,
    edition: shown ?? {
      id: dataset.currentEdition.id,
      label: dataset.currentEdition.label,
      publishedOn: dataset.currentEdition.publishedOn,
    },
  };
}
