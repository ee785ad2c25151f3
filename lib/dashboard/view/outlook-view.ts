import { isNatoAlly } from "../../reference/memberships";
import { plansFor } from "../../reference/declared-plans";
import { type CountryOutlook, countryOutlook, type OutlookBasis } from "../outlook/country-outlook";
import { type ScenarioView, scenarioView } from "../outlook/scenario-view";
import { type Headline, headline } from "../outlook/standing";
import { HAGUE_CORE, HAGUE_TOTAL, type YearValue } from "../outlook/straight-path";
import type { Point } from "../series/series";
import type { OutlookState } from "../state/outlook-state";
import { describeOutlook, type OutlookTranslate } from "../text/describe-outlook";
import { type OutlookFacts, scenarioFacts } from "./outlook-inputs";

// The outlook view for a selection: each country on its basis against the straight path to 3.5% core defence in
// 2035, the allies-only headline, the declared plans and the scenario. Pure: the server builds it for the first
// HTML, the browser again when the reader changes the scenario, or opens the outlook from a view it drew.

/** What the browser holds to rebuild the view on a scenario change: the facts, with the headline already counted. */
export type OutlookRebuild = Omit<OutlookFacts, "allies"> & { headline: OutlookView["headline"] };

export interface OutlookView {
  target: YearValue;
  total: YearValue;
  headline: (Headline & { basis: OutlookBasis }) | null;
  countries: CountryOutlook[];
  scenario: ScenarioView | null;
  description: string;
}

export function outlookView(
  facts: OutlookFacts | OutlookRebuild,
  state: Pick<OutlookState, "scenarioCountry" | "gdpGrowth" | "spendingGrowth">,
  names: ReadonlyMap<string, string>,
  t: OutlookTranslate,
  locale: string,
): OutlookView {
  const target = HAGUE_CORE;
  const countries = facts.series.map((s) => countryOutlook(s.country, s.basis, s.points, plansFor(s.country), target));
  const scenario = scenarioFacts(facts.series, state.scenarioCountry, facts.japan);
  const view = {
    target,
    total: HAGUE_TOTAL,
    headline: "headline" in facts ? facts.headline : alliesHeadline(facts.allies, target),
    countries,
    scenario: scenario && scenarioView(scenario, state, target),
  };
  return { ...view, description: describeOutlook(view, names, t, locale) };
}

/** The facts with each basis's edition named by `name` (in the reader's language). */
export function withEditionNames(
  facts: OutlookFacts,
  name: (edition: OutlookBasis["edition"]) => string,
): OutlookFacts {
  const named = (b: OutlookBasis) => ({ ...b, edition: { ...b.edition, label: name(b.edition) } });
  return {
    ...facts,
    series: facts.series.map((s) => ({ ...s, basis: named(s.basis) })),
    allies: facts.allies && { ...facts.allies, basis: named(facts.allies.basis) },
  };
}

/** The view, and what the browser needs to build it again when the reader changes the scenario. */
export function outlookWithRebuild(
  view: OutlookView,
  facts: OutlookFacts,
): { view: OutlookView; rebuild: OutlookRebuild } {
  return { view, rebuild: { series: facts.series, japan: facts.japan, headline: view.headline } };
}

/** How many allies are on or ahead of the path in the newest year, on NATO's core basis. */
export function alliesHeadline(allies: OutlookFacts["allies"], target: YearValue): OutlookView["headline"] {
  const counted = allies && headline(byCountry(allies.points), target, isNatoAlly);
  return counted && allies ? { ...counted, basis: allies.basis } : null;
}

function byCountry(points: Point[]): Map<string, Point[]> {
  const map = new Map<string, Point[]>();
  for (const p of points) map.set(p.country, [...(map.get(p.country) ?? []), p]);
  return map;
}
