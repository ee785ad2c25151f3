import { countryName } from "../../reference/countries";
import { type KnownGap, knownGapsFor } from "../../reference/missing-figures";
import type { ReferenceTarget } from "../../reference/targets";
import { newestEditions, type NewestEdition } from "../series/data-currency";
import type { EarlierYears } from "../series/earlier-coverage";
import type { Point } from "../series/series";
import type { DashboardState } from "../state/url-state";
import { rankingLines } from "../text/annotations";
import { describeRanking, measureOf, type Translate } from "../text/describe";
import { targetsInUnit } from "../../reference/targets";
import { formats, listOf } from "../text/format";
import { datasetName, type Translator } from "../text/labels";
import { editionName } from "../text/edition-label";
import type { CountryDefinitions, CountryOption, EditionRef, LoadedDataset, StoredEdition } from "./inputs";
import type { JapanScenarioInputs, OutlookBases, OutlookFacts } from "./outlook-inputs";
import {
  type OutlookRebuild,
  type OutlookView,
  outlookView,
  outlookWithRebuild,
  withEditionNames,
} from "./outlook-view";
import { type PathView, pathView } from "./path-view";
import { type EquipmentScatter, type ScatterFacts, scatterView } from "./equipment-scatter";
import type { Ranking } from "./ranking";
import { type EditionRef as PrintedEdition, type PrintedFigure, type Revision, revisions } from "../series/revisions";

// Everything one dashboard URL shows, built from what the queries read: pure, so the page, the preview image and
// the CSV download share it, and it is tested as a plain function.

export interface DashboardView {
  state: DashboardState;
  datasets: LoadedDataset[];
  dataset: LoadedDataset;
  /** the edition shown: the pinned one (`v=`) or the current one, named in the reader's language */
  edition: EditionRef;
  /** the edition shown as stored (its label as the publisher wrote it), for citations */
  citedEdition: StoredEdition;
  /** the current edition's name when a pinned, older edition is shown */
  newerEdition: string | null;
  /** how current the data is: each publisher's newest edition */
  newest: NewestEdition[];
  countries: CountryOption[];
  /** each dataset's newest year (where its range ends by default) */
  newestYears: Record<string, number>;
  targets: ReferenceTarget[];
  /** selected countries, selected years, the edition shown */
  points: Point[];
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
  /** the outlook view (view=outlook): each country against the straight path to 3.5% core defence in 2035 */
  outlook: { view: OutlookView; rebuild: OutlookRebuild } | null;
  /**
   * what the browser needs to draw the outlook itself from the path and table views (and the outlook for another
   * selection): its bases, their editions named in the reader's language, and Japan's nominal series; the figures
   * are the editions' own, fetched once
   */
  outlookSources: OutlookSources | null;
  /** the table view's `rev=`: how each edition of the publisher printed one figure, oldest first */
  revisions: { country: string; year: number; rows: Revision[] } | null;
  /** the path view's `prev=1`: the publisher's previous edition, drawn dashed beside the one shown */
  previous: { edition: PrintedEdition; points: Point[] | null } | null;
  /** the equipment view: every ally's share of GDP against its equipment share, for a year */
  scatter: {
    model: EquipmentScatter;
    gdp: { slug: string; name: string; edition: string };
    equipment: { slug: string; name: string; edition: string };
  } | null;
}

/** What the queries read for one state: the builder's whole input besides the language. */
export type DashboardFacts = Pick<
  DashboardView,
  "state" | "datasets" | "dataset" | "countries" | "newestYears" | "targets" | "points" | "earlierYears" | "ranking"
> & {
  /** the edition shown, as stored (the view names it in the reader's language) */
  edition: StoredEdition;
  definitions: CountryDefinitions | null;
  outlook?: OutlookFacts | null;
  printed?: { country: string; year: number; figures: PrintedFigure[] } | null;
  previous?: { edition: PrintedEdition; points: Point[] | null } | null;
  scatter?: ScatterFacts | null;
  outlookSources?: OutlookSources | null;
};

export type OutlookSources = OutlookBases & { japan: JapanScenarioInputs | null };

/** `t` is the root translator (messages `describe.*`, `gaps.*`, `dashboard.*`, `datasets.*`). */
export function buildDashboardView(facts: DashboardFacts, t: Translator, locale: string): DashboardView {
  const { state, dataset, ranking, definitions } = facts;
  // the goals in the dataset's unit: 2% and 3.5% for shares of GDP, 20% for NATO's equipment share, none in US$
  const targets = targetsInUnit(facts.targets, dataset.unit);
  const measure = measureOf(dataset.unit, (u) => t(`units.${u}`));
  const current = dataset.currentEdition;
  // the edition as the reader's language writes it ("July 2026" is a date: يوليو 2026, 2026年7月)
  const edition = {
    id: facts.edition.id,
    label: editionName(facts.edition.label, facts.edition.publishedOn, locale).text,
  };
  const name = listOf([datasetName(t, dataset.slug, dataset.name), edition.label], locale);
  const describe: Translate = (key, values) => t(`describe.${key}`, values);
  // known gaps are keyed by the label as stored
  const gaps = knownGapsFor(dataset.slug, facts.edition.label);
  const path = pathView({
    points: facts.points,
    countries: state.countries,
    from: state.from,
    to: state.to,
    names: new Map(state.countries.map((c) => [c, countryName(c, locale)])),
    datasetName: name,
    targets,
    earlier: facts.earlierYears,
    gaps: gaps.map((g) => ({ ...g, text: t(`gaps.${g.reason}`) })),
    describe,
    locale,
    measure,
  });
  // an edition's label in the reader's language, as everywhere else
  const named = <E extends { label: string; publishedOn?: string | null }>(e: E) => ({
    ...e,
    label: editionName(e.label, e.publishedOn ?? null, locale).text,
  });
  const { printed, previous, outlook: stored, scatter: scatterFacts, outlookSources: sources, ...rest } = facts;
  const scatter = scatterFacts ? scatterView(scatterFacts, facts.targets, state.year, t, locale) : null;
  const outlookFacts = stored && withEditionNames(stored, (e) => named(e).label);
  const outlook = !outlookFacts
    ? null
    : outlookWithRebuild(
        outlookView(
          outlookFacts,
          state,
          new Map(state.countries.map((c) => [c, countryName(c, locale)])),
          (key, values) => t(`outlook.${key}`, values),
          locale,
        ),
        outlookFacts,
      );
  const description = outlook
    ? outlook.view.description
    : scatter
      ? scatter.description
      : ranking
        ? describeRanking(ranking, rankingLines(targets)[0] ?? null, name, describe, locale, measure)
        : state.view === "definitions" && definitions
          ? t("dashboard.definitionsDescription", {
              country: countryName(state.countries[0]!, locale),
              definitions: formats(locale).list([
                ...new Set(definitions.series.map((s) => datasetName(t, s.dataset.slug, s.dataset.name))),
              ]),
            })
          : path.description;
  const namedBasis = <B extends { edition: { label: string; publishedOn?: string | null } }>(b: B | null) =>
    b && { ...b, edition: named(b.edition) };
  return {
    ...rest,
    targets,
    outlook,
    outlookSources: sources
      ? { core: namedBasis(sources.core), other: namedBasis(sources.other), japan: sources.japan }
      : null,
    scatter: scatter && { model: scatter.model, gdp: scatter.gdp, equipment: scatter.equipment },
    revisions: printed
      ? {
          country: printed.country,
          year: printed.year,
          rows: revisions(printed.figures.map((f) => ({ ...f, edition: named(f.edition) }))),
        }
      : null,
    previous: previous ? { ...previous, edition: named(previous.edition) } : null,
    edition,
    citedEdition: { id: facts.edition.id, label: facts.edition.label, publishedOn: facts.edition.publishedOn },
    newerEdition: edition.id !== current.id ? editionName(current.label, current.publishedOn, locale).text : null,
    newest: newestEditions(facts.datasets),
    gaps,
    description,
    path,
  };
}
