import "server-only";
import { computeShares, type ComputedShare } from "../dashboard/series/japan-shares";
import {
  type CountryDefinitions,
  type DefinitionEditionSeries,
  type LoadedDataset,
  sharesOfGdp,
} from "../dashboard/view/inputs";
import { getObservations } from "./get-observations";
import { getPreviousEdition } from "./get-previous-edition";
import { listJapanAmounts } from "./list-japan-amounts";
import { listJapanGdp } from "./list-japan-gdp";

/**
 * One country under every definition the loaded datasets of shares of GDP offer (figures in other units are not
 * put on the same axis); for Japan also the shares computed here.
 */
export async function getDefinitions(
  country: string,
  datasets: LoadedDataset[],
  from: number,
  to: number,
): Promise<CountryDefinitions> {
  const [series, shares] = await Promise.all([
    Promise.all(sharesOfGdp(datasets).map((d) => editionsOf(d, country, from, to))),
    country === "JPN" ? getJapanShares() : Promise.resolve([]),
  ]);
  return { country, series: series.flat().filter((s) => s.points.length > 0), shares };
}

/**
 * The current edition's figures, and, when a partial current edition lacks years the previous edition has (a release
 * loaded as a whole edition that holds only its newest year), the previous edition's figures for those years as a line of its own.
 */
async function editionsOf(
  dataset: LoadedDataset,
  country: string,
  from: number,
  to: number,
): Promise<DefinitionEditionSeries[]> {
  const current = { id: dataset.currentEdition.id, label: dataset.currentEdition.label };
  const points = await getObservations(current.id, [country], from, to);
  const previous = await getPreviousEdition(dataset.slug, current.id);
  const covered = new Set(points.map((p) => p.year));
  const earlier = previous
    ? (await getObservations(previous.id, [country], from, to)).filter((p) => !covered.has(p.year))
    : [];
  // oldest first, so the lines and the legend read in publication order
  return [
    ...(previous && earlier.length > 0 ? [{ dataset, edition: previous, earlier: true, points: earlier }] : []),
    { dataset, edition: current, earlier: false, points },
  ];
}

export async function getJapanShares(): Promise<ComputedShare[]> {
  const [amounts, gdp] = await Promise.all([listJapanAmounts(), listJapanGdp()]);
  return computeShares(amounts, gdp);
}
