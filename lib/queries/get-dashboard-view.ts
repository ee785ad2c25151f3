import "server-only";
import { listNewestYears } from "./list-newest-years";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { rankingLines } from "../dashboard/text/annotations";
import { newestEditions, type NewestEdition } from "../dashboard/series/data-currency";
import { describeRanking } from "../dashboard/text/describe";
import type { EarlierYears } from "../dashboard/series/earlier-coverage";
import { type PathView, pathView } from "../dashboard/view/path-view";
import { formats } from "../dashboard/text/format";
import { editionName } from "../dashboard/text/edition-label";
import { datasetName } from "../dashboard/text/labels";
import { countryName } from "../reference/countries";
import { type KnownGap, knownGapsFor } from "../reference/missing-figures";
import { type DashboardState, DEFAULT_STATE, parseState, type SearchParams } from "../dashboard/state/url-state";
import { decodeViewKey } from "../dashboard/state/view-key";
import { type CountryDefinitions, getDefinitions, getJapanShares } from "./get-definitions";
import { getEarlierYears } from "./get-earlier-coverage";
import { getCommittedEdition } from "./get-edition";
import { getObservations, type ObservationPoint } from "./get-observations";
import { getRanking, type Ranking } from "./get-ranking";
import { type CountryOption, listCountries } from "./list-countries";
import { type DatasetSummary, listDatasets } from "./list-datasets";
import { listReferenceTargets, type ReferenceTarget } from "./list-reference-targets";

export interface DashboardView {
  state: DashboardState;
  datasets: DatasetSummary[];
  dataset: DatasetSummary;
  /** the edition shown: the pinned one (`v=`) or the current one */
  edition: { id: number; label: string };
  /** label of the current edition when a pinned, older edition is shown */
  newerEdition: string | null;
  /** how current the data is: each publisher's newest edition */
  newest: NewestEdition[];
  countries: CountryOption[];
  /** each dataset's newest year (where its range ends by default) */
  newestYears: Record<string, number>;
  targets: ReferenceTarget[];
  /** selected countries, selected years, current edition of the chosen dataset */
  points: ObservationPoint[];
  /** every figure the previous edition has and the one shown lacks: the browser works out `earlier` on a toggle */
  earlierYears: EarlierYears | null;
  /** figures the edition shown leaves out on purpose, with the reason (Germany 2025 in NATO's August 2025 tables) */
  gaps: KnownGap[];
  description: string;
  ranking: Ranking | null;
  /** what the path and table views show for this state (description, tracker, notes): the browser's first render
   * takes it as it is, and computes its own only once the reader changes the view */
  path: PathView;
  /**
   * the first selected country under every definition (definitions view); in the path and table views, Japan's
   * computed shares, which the table shows whenever Japan is selected (the browser may switch between the two)
   */
  definitions: CountryDefinitions | null;
}

/** Everything one dashboard URL shows, read from the database through the cached per-edition queries. */
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
  const loaded = datasets.filter((d) => d.currentEdition);
  if (loaded.length === 0) return null;
  const requested =
    loaded.find((d) => d.slug === params.dataset) ?? loaded.find((d) => d.slug === DEFAULT_STATE.dataset) ?? loaded[0]!;
  const pinned =
    typeof params.v === "string" && /^[1-9]\d{0,9}$/.test(params.v)
      ? await getCommittedEdition(requested.slug, Number(params.v))
      : null;
  // the countries of every current edition, and of the pinned one (an older edition may cover more countries)
  const countries = (
    await listCountries([...new Set([...loaded.map((d) => d.currentEdition!.id), ...(pinned ? [pinned.id] : [])])])
  )
    .map((c) => ({ ...c, name: countryName(c.iso3, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const newestYears = await listNewestYears(loaded);
  const state = parseState(params, {
    datasets: loaded.map((d) => d.slug),
    countries: new Set(countries.map((c) => c.iso3)),
    newestYears,
  });
  const dataset = loaded.find((d) => d.slug === state.dataset) ?? loaded[0]!;
  if (state.edition !== null && (!pinned || dataset.slug !== requested.slug)) state.edition = null; // unknown or other dataset's edition: show current data
  const current = dataset.currentEdition!;
  const shownEdition = state.edition !== null && pinned ? pinned : current;
  // the edition as the reader's language writes it ("July 2026" is a date: يوليو 2026, 2026年7月)
  const edition = {
    id: shownEdition.id,
    label: editionName(shownEdition.label, shownEdition.publishedOn, locale).text,
  };
  const names = new Map(state.countries.map((c) => [c, countryName(c, locale)]));
  const points = await getObservations(edition.id, state.countries, state.from, state.to);
  const name = `${datasetName(t, dataset.slug, dataset.name)}, ${edition.label}`;
  const first = state.countries[0]!;
  const [ranking, definitions, earlierYears] = await Promise.all([
    state.view === "ranking"
      ? getRanking(state, edition.id, loaded, dataset, targets, new Map(countries.map((c) => [c.iso3, c.name])))
      : null,
    state.view === "definitions"
      ? getDefinitions(first, loaded, state.from, state.to)
      : state.view === "table" || state.view === "path"
        ? getJapanShares().then((shares) => ({ country: "JPN", series: [], shares }))
        : null,
    state.view === "path" || state.view === "table" ? getEarlierYears(dataset.slug, edition.id) : null,
  ]);
  const describe = (key: string, values?: Record<string, string | number>) => t(`describe.${key}`, values);
  const gaps = knownGapsFor(dataset.slug, shownEdition.label);
  const path = pathView({
    points,
    countries: state.countries,
    from: state.from,
    to: state.to,
    names,
    datasetName: name,
    targets,
    earlier: earlierYears,
    gaps: gaps.map((g) => ({ ...g, text: t(`gaps.${g.reason}`) })),
    describe,
    locale,
  });
  const description = ranking
    ? describeRanking(ranking, rankingLines(targets)[0] ?? 2, name, describe, locale)
    : state.view === "definitions" && definitions
      ? t("dashboard.definitionsDescription", {
          country: countryName(first, locale),
          definitions: formats(locale).list([
            ...new Set(definitions.series.map((s) => datasetName(t, s.dataset.slug, s.dataset.name))),
          ]),
        })
      : path.description;
  return {
    state,
    datasets: loaded,
    dataset,
    edition,
    newerEdition: edition.id !== current.id ? editionName(current.label, current.publishedOn, locale).text : null,
    newest: newestEditions(loaded),
    countries,
    newestYears,
    targets,
    points,
    earlierYears,
    gaps,
    description,
    ranking,
    definitions,
    path,
  };
}
