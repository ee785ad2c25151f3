import type { OutlookBasis } from "../outlook/country-outlook";
import type { JapanAmount, JapanGdp } from "../series/japan-budget";
import { gdpFor } from "../series/japan-shares";
import type { NominalSeries, ScenarioFacts } from "../outlook/scenario-view";
import type { GdpYear } from "../outlook/yen-targets";
import { type EditionFigures, figuresFor } from "../series/edition-figures";
import type { Point } from "../series/series";
import { YEAR_CEILING, YEAR_FLOOR } from "../state/url-state";
import type { Unit } from "../../reference/units";
import { sharesOfGdp } from "./inputs";

// Which figures the outlook judges each country by, and the nominal series behind its scenario defaults. Pure, so
// the server (for the first HTML) and the browser (for a view it draws itself) pick the same figures.

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

interface Edition {
  id: number;
  label: string;
  publishedOn: string | null;
}

/** Each basis the outlook may judge by: NATO's core-defence edition (the current one) and the other dataset's. */
export interface OutlookBases {
  core: OutlookBasis | null;
  other: OutlookBasis | null;
}

/** The bases for a dataset chosen, `shown` being its edition on the page (a pinned one when the link pins it). */
export function outlookBases(
  all: readonly (Dataset & { currentEdition: Edition | null })[],
  chosen: string,
  shown: Edition,
): OutlookBases {
  const { core, other } = outlookDatasets(all, chosen);
  const basisOf = (d: Dataset, edition: Edition | null): OutlookBasis | null =>
    edition && { dataset: d.slug, definition: d.definition, edition, core: d.definition === "NATO_CORE" };
  return {
    core: core && basisOf(core, core.currentEdition),
    other: other && basisOf(other, other.slug === chosen ? shown : other.currentEdition),
  };
}

/** What Japan's scenario reads besides its share: the MoD's budgets and the GDP by fiscal year. */
export interface JapanScenarioInputs {
  spending: NominalSeries | null;
  gdp: GdpYear[];
}

export function japanScenarioInputs(amounts: JapanAmount[], gdp: JapanGdp[]): JapanScenarioInputs {
  return { spending: japanSpending(amounts), gdp: japanGdpYears(gdp) };
}

/** One basis and its edition's figures: every figure, or at least the selected countries' from the first year shown. */
export interface BasisFigures {
  basis: OutlookBasis;
  points: Point[];
}

/** A basis and its edition's figures, packed as the browser holds them (edition-figures.ts). */
export interface PackedBasis {
  basis: OutlookBasis;
  figures: EditionFigures;
}

/** What the outlook of a selection reads from packed editions: every ally's core figure, the others' own. */
export function basisFiguresFor(
  core: PackedBasis | null,
  other: PackedBasis | null,
  countries: readonly string[],
): { core: BasisFigures | null; other: BasisFigures | null } {
  const unpack = (b: PackedBasis | null, selected: string[]) =>
    b && { basis: b.basis, points: figuresFor(b.figures, selected, YEAR_FLOOR, YEAR_CEILING) };
  return { core: unpack(core, Object.keys(core?.figures.countries ?? {})), other: unpack(other, [...countries]) };
}

/** One selected country's figures on the basis the outlook judges it by. */
export interface OutlookSeries {
  country: string;
  basis: OutlookBasis;
  points: Point[];
}

/** What the outlook view is built from (outlook-view.ts). */
export interface OutlookFacts {
  series: OutlookSeries[];
  /** every ally's figures on NATO's core basis (the headline's), with its edition; null without that dataset */
  allies: BasisFigures | null;
  /** Japan's nominal series, when Japan is selected */
  japan: JapanScenarioInputs | null;
}

const inYears = (from: number) => (p: Point) => p.year >= from && p.year <= YEAR_CEILING;
const byYear = (a: Point, b: Point) => a.year - b.year;

/**
 * The outlook's facts for a selection: each country on NATO's core basis where that edition has it, else on the
 * other basis, from the first year shown to the horizon (the range's end does not cut the path to 2035).
 */
export function outlookFacts(
  selection: { countries: readonly string[]; from: number },
  core: BasisFigures | null,
  other: BasisFigures | null,
  japan: JapanScenarioInputs | null,
): OutlookFacts {
  const allies = core && { basis: core.basis, points: core.points.filter(inYears(YEAR_FLOOR)) };
  const onCore = new Set(allies?.points.map((p) => p.country));
  const series = selection.countries.flatMap((country) => {
    const source = onCore.has(country) ? allies : other;
    if (!source) return [];
    const points = source.points.filter((p) => p.country === country && inYears(selection.from)(p)).sort(byYear);
    return [{ country, basis: source.basis, points }];
  });
  return { series, allies, japan: selection.countries.includes("JPN") ? japan : null };
}

/** The scenario's facts: for the country asked for when it is shown, else the first shown; null without a figure. */
export function scenarioFacts(
  series: readonly OutlookSeries[],
  asked: string | null,
  japan: JapanScenarioInputs | null,
): ScenarioFacts | null {
  const chosen = series.find((s) => s.country === asked) ?? series[0];
  const latest = chosen?.points.at(-1);
  if (!chosen || !latest) return null;
  const start = { year: latest.year, value: latest.value };
  if (chosen.country !== "JPN" || !japan)
    return { country: chosen.country, start, spending: null, gdp: null, japanGdp: null };
  return {
    country: chosen.country,
    start,
    spending: japan.spending,
    gdp: japanGdpSeries(japan.gdp),
    japanGdp: japan.gdp,
  };
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
