import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import type { DashboardState, SearchParams } from "../dashboard/state/url-state";
import { decodeViewKey } from "../dashboard/state/view-key";
import { buildDashboardView, type DashboardView } from "../dashboard/view/dashboard-view";
import type { EditionRef, LoadedDataset } from "../dashboard/view/inputs";
import { buildRanking, comparatorSource, partnersLacking, rankedYear, type Ranking } from "../dashboard/view/ranking";
import {
  countryOptions,
  editionsOffered,
  loadedDatasets,
  requestedEdition,
  resolveView,
} from "../dashboard/view/resolve-view";
import type { ReferenceTarget } from "../reference/targets";
import { outlookBases } from "../dashboard/view/outlook-inputs";
import { previousEdition } from "../dashboard/series/revisions";
import { getComparatorFigures } from "./get-comparator-figures";
import { getScatterFigures } from "./get-scatter-figures";
import { getJapanScenarioInputs, getOutlookFacts } from "./get-outlook-facts";
import { getPrintedFigures, listPublisherEditions } from "./get-revisions";
import { getDefinitions, getJapanShares } from "./get-definitions";
import { getEarlierYears } from "./get-earlier-coverage";
import { getCommittedEdition } from "./get-edition";
import { getObservations } from "./get-observations";
import { listCountries } from "./list-countries";
import { listDatasets } from "./list-datasets";
import { listNewestYears } from "./list-newest-years";
import { listReferenceTargets } from "./list-reference-targets";

/** Everything one dashboard URL shows: the reads it needs, one question each, then lib/dashboard's pure builder. */
export function getDashboardView(params: SearchParams, locale = "en"): Promise<DashboardView | null> {
  return readOncePerRequest(locale, JSON.stringify(Object.entries(params).sort()));
}

/**
 * The view a cached page's key names (the dashboard home, /embed: proxy.ts wrote the key), and the site origin it
 * was asked on; null for a key proxy.ts did not write.
 */
export async function getDashboardViewForKey(
  key: string,
  locale: string,
): Promise<{ origin: string; view: DashboardView | null } | null> {
  const decoded = decodeViewKey(key);
  if (!decoded) return null;
  return {
    origin: decoded.origin,
    view: await getDashboardView(Object.fromEntries(new URLSearchParams(decoded.query)), locale),
  };
}

// Metadata and page read the same view in one request; React's cache() makes that one read (keyed by strings).
const readOncePerRequest = cache((locale: string, key: string) =>
  readDashboardView(Object.fromEntries(JSON.parse(key) as [string, string][]), locale),
);

async function readDashboardView(params: SearchParams, locale: string): Promise<DashboardView | null> {
  const [datasets, targets, t] = await Promise.all([
    listDatasets(),
    listReferenceTargets(),
    getTranslations({ locale }),
  ]);
  const loaded = loadedDatasets(datasets);
  if (loaded.length === 0) return null;
  const requested = requestedEdition(params, loaded);
  const pinned =
    requested.edition === null ? null : await getCommittedEdition(requested.dataset.slug, requested.edition);
  const [countryRows, newestYears] = await Promise.all([
    listCountries(editionsOffered(loaded, pinned)),
    listNewestYears(loaded),
  ]);
  const countries = countryOptions(countryRows, locale);
  const { state, dataset, edition } = resolveView(params, {
    loaded,
    countries,
    newestYears,
    requested: requested.dataset,
    pinned,
  });
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  // the outlook's bases: the browser opens the outlook from the path and table views itself, from their editions
  const bases = outlookBases(loaded, state.dataset, edition);
  const drawsOutlook =
    (state.view === "path" || state.view === "table" || state.view === "outlook") && (bases.core || bases.other);
  const [points, ranking, definitions, earlierYears, outlook, printed, previous, scatter, japan] = await Promise.all([
    getObservations(edition.id, state.countries, state.from, state.to),
    state.view === "ranking" ? readRanking(state, edition, loaded, dataset, targets, names) : null,
    state.view === "definitions"
      ? getDefinitions(state.countries[0]!, loaded, state.from, state.to)
      : state.view === "table" || state.view === "path"
        ? getJapanShares().then((shares) => ({ country: "JPN", series: [], shares }))
        : null,
    state.view === "path" || state.view === "table" ? getEarlierYears(dataset.slug, edition.id) : null,
    state.view === "outlook" ? getOutlookFacts(state, bases) : null,
    state.view === "table" && state.revision ? readPrinted(dataset, state.revision) : null,
    state.view === "path" ? readPrevious(dataset, edition.id, state) : null,
    state.view === "equipment" ? getScatterFigures(loaded) : null,
    drawsOutlook ? getJapanScenarioInputs() : null,
  ]);
  return buildDashboardView(
    {
      state,
      datasets: loaded,
      dataset,
      edition,
      countries,
      newestYears,
      targets,
      points,
      earlierYears,
      ranking,
      definitions,
      outlook,
      printed,
      previous,
      scatter,
      outlookSources: drawsOutlook ? { ...bases, japan } : null,
    },
    t,
    locale,
  );
}

/** How each edition of the publisher behind the dataset, in its unit, printed one figure. */
async function readPrinted(dataset: LoadedDataset, { country, year }: { country: string; year: number }) {
  const editions = await listPublisherEditions(dataset.definition, dataset.unit);
  return { country, year, figures: await getPrintedFigures(editions, country, year) };
}

/**
 * The publisher's edition released before the one shown (null for the first), with its figures for the selection
 * when the path chart draws them (`prev=1`).
 */
async function readPrevious(dataset: LoadedDataset, editionId: number, state: DashboardState) {
  const edition = previousEdition(await listPublisherEditions(dataset.definition, dataset.unit), editionId);
  if (!edition) return null;
  const points = state.previousEdition
    ? await getObservations(edition.id, state.countries, state.from, state.to)
    : null;
  return { edition, points };
}

/** The edition's figures for the range, and SIPRI's for the partners it lacks in the year ranked. */
async function readRanking(
  state: DashboardState,
  edition: EditionRef,
  loaded: LoadedDataset[],
  dataset: LoadedDataset,
  targets: ReferenceTarget[],
  names: ReadonlyMap<string, string>,
): Promise<Ranking | null> {
  const figures = await getObservations(edition.id, null, state.from, state.to);
  const year = rankedYear(state, figures);
  if (year === null) return null;
  const lacking = partnersLacking(figures, year);
  const sipri = comparatorSource(loaded, dataset);
  const comparators =
    sipri && lacking.length > 0 ? await getComparatorFigures(sipri, lacking, year) : { points: [], editions: [] };
  return buildRanking({ state, year, figures, comparators, targets, names });
}
