import "server-only";
import type { OutlookBasis } from "../dashboard/outlook/country-outlook";
import type { ScenarioFacts } from "../dashboard/outlook/scenario-view";
import type { DashboardState } from "../dashboard/state/url-state";
import { japanGdpSeries, japanGdpYears, japanSpending, outlookDatasets } from "../dashboard/view/outlook-inputs";
import type { OutlookFacts } from "../dashboard/view/outlook-view";
import { YEAR_CEILING, YEAR_FLOOR } from "../dashboard/state/url-state";
import { getObservations } from "./get-observations";
import { listJapanAmounts } from "./list-japan-amounts";
import { listJapanGdp } from "./list-japan-gdp";
import type { Unit } from "../reference/units";

interface Dataset {
  slug: string;
  definition: string;
  unit: Unit;
  currentEdition: { id: number; label: string; publishedOn: string | null } | null;
}

const basisOf = (d: Dataset, edition: OutlookBasis["edition"]): OutlookBasis => ({
  dataset: d.slug,
  definition: d.definition,
  edition,
  core: d.definition === "NATO_CORE",
});

/**
 * What the outlook reads for a state: the core-defence edition (every ally, for the headline), the other basis's
 * figures for the countries it lacks, and for the scenario country the nominal series behind its defaults.
 * `shown` is the edition of the dataset chosen (a pinned one when the link pins it).
 */
export async function getOutlookFacts(
  state: DashboardState,
  loaded: Dataset[],
  shown: OutlookBasis["edition"],
): Promise<OutlookFacts> {
  const { core, other } = outlookDatasets(loaded, state.dataset);
  const coreBasis = core?.currentEdition ? basisOf(core, core.currentEdition) : null;
  const otherEdition = other && (other.slug === state.dataset ? shown : other.currentEdition);
  const otherBasis = other && otherEdition ? basisOf(other, otherEdition) : null;
  const [corePoints, otherPoints] = await Promise.all([
    coreBasis ? getObservations(coreBasis.edition.id, null, YEAR_FLOOR, YEAR_CEILING) : [],
    otherBasis ? getObservations(otherBasis.edition.id, state.countries, state.from, YEAR_CEILING) : [],
  ]);
  const onCore = new Set(corePoints.map((p) => p.country));
  const series = state.countries.flatMap((country) => {
    const basis = onCore.has(country) ? coreBasis : otherBasis;
    const points = (onCore.has(country) ? corePoints : otherPoints).filter(
      (p) => p.country === country && p.year >= state.from,
    );
    return basis ? [{ country, basis, points }] : [];
  });
  return {
    series,
    allies: coreBasis ? { basis: coreBasis, points: corePoints } : null,
    scenario: await scenarioFacts(state, series),
  };
}

async function scenarioFacts(state: DashboardState, series: OutlookFacts["series"]): Promise<ScenarioFacts | null> {
  // the country asked for when it is shown, else the first shown
  const asked = series.find((s) => s.country === state.scenarioCountry) ?? series[0];
  const country = asked?.country;
  const latest = asked?.points.at(-1);
  if (!country || !latest) return null;
  const start = { year: latest.year, value: latest.value };
  if (country !== "JPN") return { country, start, spending: null, gdp: null, japanGdp: null };
  const [amounts, gdp] = await Promise.all([listJapanAmounts(), listJapanGdp()]);
  const years = japanGdpYears(gdp);
  return { country, start, spending: japanSpending(amounts), gdp: japanGdpSeries(years), japanGdp: years };
}
