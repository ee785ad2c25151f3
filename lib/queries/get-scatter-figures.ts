import "server-only";
import type { ScatterFacts } from "../dashboard/view/equipment-scatter";
import { type LoadedDataset, sharesOfGdp } from "../dashboard/view/inputs";
import { YEAR_CEILING, YEAR_FLOOR } from "../dashboard/state/url-state";
import { getObservations } from "./get-observations";

/**
 * NATO's share of GDP (core defence) and its equipment share, every ally and year, from the current editions of the
 * two datasets; null when either is not loaded.
 */
export async function getScatterFigures(loaded: LoadedDataset[]): Promise<ScatterFacts | null> {
  const gdp = sharesOfGdp(loaded).find((d) => d.definition === "NATO_CORE");
  const equipment = loaded.find((d) => d.definition === "NATO_CORE" && d.unit === "percent_of_defence_expenditure");
  if (!gdp || !equipment) return null;
  const [gdpPoints, equipmentPoints] = await Promise.all(
    [gdp, equipment].map((d) => getObservations(d.currentEdition.id, null, YEAR_FLOOR, YEAR_CEILING)),
  );
  return { gdp: { dataset: gdp, points: gdpPoints! }, equipment: { dataset: equipment, points: equipmentPoints! } };
}
