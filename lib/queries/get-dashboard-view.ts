import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { rankingLines } from "../dashboard/annotations";
import { newestEditions, type NewestEdition } from "../dashboard/data-currency";
import { describePath, describeRanking } from "../dashboard/describe";
import { formats } from "../dashboard/format";
import { datasetName } from "../dashboard/labels";
import { countryName } from "../reference/countries";
import { type KnownGap, knownGapsFor } from "../reference/missing-figures";
import { targetProgress, type TargetLine } from "../dashboard/targets";
import { type DashboardState, DEFAULT_STATE, parseState, type SearchParams } from "../dashboard/url-state";
import { decodeViewKey } from "../dashboard/view-key";
import { type CountryDefinitions, getDefinitions, getJapanShares } from "./get-definitions";
import { type EarlierCoverage, getEarlierCoverage } from "./get-earlier-coverage";
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
  targets: ReferenceTarget[];
  /** selected countries, selected years, current edition of the chosen dataset */
  points: ObservationPoint[];
  /** the previous edition, when it has figures (years, countries shown) that the edition shown lacks */
  earlier: EarlierCoverage | null;
  /** selected countries without figures in the chosen dataset */
  missing: string[];
  /** figures the edition shown leaves out on purpose, with the reason (Germany 2025 in NATO's August 2025 tables) */
  gaps: KnownGap[];
  description: string;
  ranking: Ranking | null;
  tracker: ReturnType<typeof targetProgress>[];
  /** the first selected country under every definition (definitions view; computed shares also in the table view) */
  definitions: CountryDefinitions | null;
}


/** Dated targets that concern a country: its own national goal where it has one (Japan's 2% by FY2027), else NATO's. */
export function targetsFor(country: string, targets: ReferenceTarget[]): TargetLine[] {
  const dated = targets.filter((t) => t.targetYear !== null && t.value > 1);
  const lines = new Map<number, TargetLine>();
  for (const t of dated.filter((t) => t.appliesTo === "NATO")) lines.set(t.value, { label: t.label, value: t.value, byYear: t.targetYear! });
  for (const t of dated.filter((t) => t.appliesTo === country)) lines.set(t.value, { label: t.label, value: t.value, byYear: t.targetYear! });
  return [...lines.values()].sort((a, b) => a.value - b.value);
}

/** Everything one dashboard URL shows, read from the database through the cached per-edition queries. */
export function getDashboardView(params: SearchParams, locale = "en"): Promise<DashboardView | null> {
  return readOncePerRequest(locale, JSON.stringify(Object.entries(params).sort()));
}

/**
 * The view a cached page's key names (the dashboard home, /embed: proxy.ts wrote the key), and the site origin it
 * was asked on; null for a key proxy.ts did not write.
 */
export async function getDashboardViewForKey(key: string, locale: string): Promise<{ origin: string; view: DashboardView | null } | null> {
  const decoded = decodeViewKey(key);
  if (!decoded) return null;
  return { origin: decoded.origin, view: await getDashboardView(Object.fromEntries(new URLSearchParams(decoded.query)), locale) };
}

// Metadata and page read the same view in one request; React's cache() makes that one read (keyed by strings).
const readOncePerRequest = cache((locale: string, key: string) => readDashboardView(Object.fromEntries(JSON.parse(key) as [string, string][]), locale));

async function readDashboardView(params: SearchParams, locale: string): Promise<DashboardView | null> {
  const [datasets, targets, t] = await Promise.all([listDatasets(), listReferenceTargets(), getTranslations({ locale })]);
  const loaded = datasets.filter((d) => d.currentEdition);
  if (loaded.length === 0) return null;
  const requested = loaded.find((d) => d.slug === params.dataset) ?? loaded.find((d) => d.slug === DEFAULT_STATE.dataset) ?? loaded[0]!;
  const pinned = typeof params.v === "string" && /^[1-9]\d{0,9}$/.test(params.v) ? await getCommittedEdition(requested.slug, Number(params.v)) : null;
  // the countries of every current edition, and of the pinned one (an older edition may cover more countries)
  const countries = (await listCountries([...new Set([...loaded.map((d) => d.currentEdition!.id), ...(pinned ? [pinned.id] : [])])]))
    .map((c) => ({ ...c, name: countryName(c.iso3, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const state = parseState(params, { datasets: loaded.map((d) => d.slug), countries: new Set(countries.map((c) => c.iso3)) });
  const dataset = loaded.find((d) => d.slug === state.dataset) ?? loaded[0]!;
  if (state.edition !== null && (!pinned || dataset.slug !== requested.slug)) state.edition = null; // unknown or other dataset's edition: show current data
  const edition = state.edition !== null && pinned ? pinned : { id: dataset.currentEdition!.id, label: dataset.currentEdition!.label };
  const names = new Map(state.countries.map((c) => [c, countryName(c, locale)]));
  const points = await getObservations(edition.id, state.countries, state.from, state.to);
  const present = new Set(points.map((p) => p.country));
  const name = `${datasetName(t, dataset.slug, dataset.name)}, ${edition.label}`;
  const first = state.countries[0]!;
  const [ranking, definitions, earlier] = await Promise.all([
    state.view === "ranking" ? getRanking(state, edition.id, loaded, dataset, targets, new Map(countries.map((c) => [c.iso3, c.name]))) : null,
    state.view === "definitions" ? getDefinitions(first, loaded, state.from, state.to)
    : state.view === "table" && state.countries.includes("JPN") ? getJapanShares().then((shares) => ({ country: "JPN", series: [], shares })) : null,
    state.view === "path" || state.view === "table" ? getEarlierCoverage(dataset.slug, edition.id, state, points) : null,
  ]);
  const describe = (key: string, values?: Record<string, string | number>) => t(`describe.${key}`, values);
  const description =
    ranking ? describeRanking(ranking, rankingLines(targets)[0] ?? 2, name, describe, locale)
    : state.view === "definitions" && definitions ? t("dashboard.definitionsDescription", { country: countryName(first, locale), definitions: formats(locale).list([...new Set(definitions.series.map((s) => datasetName(t, s.dataset.slug, s.dataset.name)))]) })
    : describePath(points, state.countries, names, name, describe, locale);
  return {
    state, datasets: loaded, dataset, edition, newerEdition: edition.id !== dataset.currentEdition!.id ? dataset.currentEdition!.label : null,
    newest: newestEditions(loaded), countries, targets, points, earlier,
    missing: state.countries.filter((c) => !present.has(c)),
    gaps: knownGapsFor(dataset.slug, edition.label),
    description, ranking, definitions,
    tracker: state.countries.map((c) => targetProgress(c, points, targetsFor(c, targets))),
  };
}
