import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { rankingLines } from "../dashboard/annotations";
import { describePath } from "../dashboard/describe";
import { datasetName } from "../dashboard/labels";
import { countryName, INDO_PACIFIC_PARTNERS } from "../reference/countries";
import { latestYear, rankCountries } from "../dashboard/series";
import { targetProgress, type TargetLine } from "../dashboard/targets";
import { type DashboardState, parseState, type SearchParams } from "../dashboard/url-state";
import { decodeViewKey } from "../dashboard/view-key";
import { getCommittedEdition } from "./get-edition";
import { getObservations, type ObservationPoint } from "./get-observations";
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
  countries: CountryOption[];
  targets: ReferenceTarget[];
  /** selected countries, selected years, current edition of the chosen dataset */
  points: ObservationPoint[];
  /** selected countries without figures in the chosen dataset */
  missing: string[];
  description: string;
  /**
   * the ranking; Indo-Pacific partners with no figure for that year in this dataset or SIPRI's (absent); countries
   * the reader chose that have no figure for that year in this dataset (unranked: NATO left Germany 2025 empty)
   */
  ranking: (ReturnType<typeof rankCountries> & { absent: string[]; unranked: string[] }) | null;
  tracker: ReturnType<typeof targetProgress>[];
  /** Japan under every definition (current edition of each dataset) */
  definitions: { dataset: DatasetSummary; points: ObservationPoint[] }[];
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
  const countries = (await listCountries(loaded.map((d) => d.currentEdition!.id)))
    .map((c) => ({ ...c, name: countryName(c.iso3, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const state = parseState(params, { datasets: loaded.map((d) => d.slug), countries: new Set(countries.map((c) => c.iso3)) });
  const dataset = loaded.find((d) => d.slug === state.dataset) ?? loaded[0]!;
  const pinned = state.edition !== null ? await getCommittedEdition(dataset.slug, state.edition) : null;
  if (state.edition !== null && !pinned) state.edition = null; // unknown or other dataset's edition: show current data
  const edition = pinned ?? { id: dataset.currentEdition!.id, label: dataset.currentEdition!.label };
  const editionId = edition.id;
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const points = await getObservations(editionId, state.countries, state.from, state.to);
  const present = new Set(points.map((p) => p.country));

  let ranking: DashboardView["ranking"] = null;
  if (state.view === "ranking") {
    const all = await getObservations(editionId, null, state.from, state.to);
    const year = state.year !== null && all.some((p) => p.year === state.year) ? state.year : latestYear(all, state.from, state.to);
    if (year !== null) {
      const comparators = await indoPacificComparators(loaded, dataset, all, year, names);
      const ranked = rankCountries([...all, ...comparators.points], year, comparators.names, rankingLines(targets));
      const shown = new Set([...ranked.ranked.map((r) => r.country.slice(0, 3)), ...comparators.absent]);
      ranking = {
        ...ranked,
        absent: comparators.absent.map((c) => names.get(c) ?? c),
        unranked: state.countries.filter((c) => !shown.has(c)).map((c) => names.get(c) ?? c),
      };
    }
  }

  const tracker = state.countries.map((c) => targetProgress(c, points, targetsFor(c, targets)));

  const definitions =
    state.view === "definitions"
      ? await Promise.all(loaded.map(async (d) => ({ dataset: d, points: await getObservations(d.currentEdition!.id, ["JPN"], state.from, state.to) })))
      : [];

  return {
    state, datasets: loaded, dataset, edition, newerEdition: pinned && pinned.id !== dataset.currentEdition!.id ? dataset.currentEdition!.label : null,
    countries, targets, points,
    missing: state.countries.filter((c) => !present.has(c)),
    description: describePath(points, state.countries, names, `${datasetName(t, dataset.slug, dataset.name)}, ${edition.label}`, (key, values) => t(`describe.${key}`, values), locale),
    ranking, tracker, definitions: definitions.filter((d) => d.points.length > 0),
  };
}

/**
 * NATO publishes figures for allies only. So that Japan and the other Indo-Pacific partners can be ranked beside
 * them, their figure for the year is taken from SIPRI and labelled with that definition (never passed off as NATO's).
 */
async function indoPacificComparators(datasets: DatasetSummary[], dataset: DatasetSummary, all: ObservationPoint[], year: number, names: Map<string, string>) {
  const missing = INDO_PACIFIC_PARTNERS.filter((c) => !all.some((p) => p.country === c && p.year === year));
  const sipri = datasets.find((d) => d.definition === "SIPRI");
  if (missing.length === 0 || !sipri || sipri.slug === dataset.slug) return { points: [], names, absent: missing };
  const points = (await getObservations(sipri.currentEdition!.id, [...missing], year, year)).map((p) => ({ ...p, country: `${p.country}*` }));
  const labelled = new Map(names);
  for (const p of points) labelled.set(p.country, `${names.get(p.country.slice(0, 3)) ?? p.country} (SIPRI)`);
  return { points, names: labelled, absent: missing.filter((c) => !points.some((p) => p.country === `${c}*`)) };
}
