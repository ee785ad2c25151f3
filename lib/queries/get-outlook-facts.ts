import "server-only";
import {
  type JapanScenarioInputs,
  japanScenarioInputs,
  type OutlookBases,
  type OutlookFacts,
  outlookFacts,
} from "../dashboard/view/outlook-inputs";
import type { DashboardState } from "../dashboard/state/url-state";
import { YEAR_CEILING, YEAR_FLOOR } from "../dashboard/state/url-state";
import { getObservations } from "./get-observations";
import { listJapanAmounts } from "./list-japan-amounts";
import { listJapanGdp } from "./list-japan-gdp";

/**
 * What the outlook reads for a state: the core-defence edition (every ally, for the headline), the other basis's
 * figures for the selected countries, and Japan's nominal series when Japan is selected.
 */
export async function getOutlookFacts(state: DashboardState, bases: OutlookBases): Promise<OutlookFacts> {
  const { core, other } = bases;
  const [corePoints, otherPoints, japan] = await Promise.all([
    core ? getObservations(core.edition.id, null, YEAR_FLOOR, YEAR_CEILING) : [],
    other ? getObservations(other.edition.id, state.countries, state.from, YEAR_CEILING) : [],
    state.countries.includes("JPN") ? getJapanScenarioInputs() : null,
  ]);
  return outlookFacts(
    state,
    core && { basis: core, points: corePoints },
    other && { basis: other, points: otherPoints },
    japan,
  );
}

/** Japan's MoD budgets and GDP by fiscal year, behind its scenario's defaults and yen amounts. */
export async function getJapanScenarioInputs(): Promise<JapanScenarioInputs> {
  const [amounts, gdp] = await Promise.all([listJapanAmounts(), listJapanGdp()]);
  return japanScenarioInputs(amounts, gdp);
}
