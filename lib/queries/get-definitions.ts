import "server-only";
import { computeShares, type ComputedShare } from "../dashboard/japan-shares";
import { getObservations, type ObservationPoint } from "./get-observations";
import type { DatasetSummary } from "./list-datasets";
import { listJapanAmounts } from "./list-japan-amounts";
import { listJapanGdp } from "./list-japan-gdp";

export interface CountryDefinitions {
  country: string;
  /** every dataset (current edition) with figures for the country in the range */
  series: { dataset: DatasetSummary; points: ObservationPoint[] }[];
  /** Japan only: shares computed from the published yen amounts and GDP figures */
  shares: ComputedShare[];
}

/** One country under every definition the loaded datasets offer; for Japan also the shares computed here. */
export async function getDefinitions(country: string, datasets: DatasetSummary[], from: number, to: number): Promise<CountryDefinitions> {
  const [series, shares] = await Promise.all([
    Promise.all(datasets.map(async (d) => ({ dataset: d, points: await getObservations(d.currentEdition!.id, [country], from, to) }))),
    country === "JPN" ? getJapanShares() : Promise.resolve([]),
  ]);
  return { country, series: series.filter((s) => s.points.length > 0), shares };
}

export async function getJapanShares(): Promise<ComputedShare[]> {
  const [amounts, gdp] = await Promise.all([listJapanAmounts(), listJapanGdp()]);
  return computeShares(amounts, gdp);
}
