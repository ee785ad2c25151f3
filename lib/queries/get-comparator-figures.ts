import "server-only";
import type { ComparatorFigures } from "../dashboard/view/ranking";
import type { LoadedDataset } from "../dashboard/view/inputs";
import { getObservations } from "./get-observations";
import { getPreviousEdition } from "./get-previous-edition";

/**
 * SIPRI's figures for one year for countries a NATO edition lacks (its partners), never passed off as NATO's: from
 * SIPRI's current edition, or, where that partial edition lacks the year, from its previous edition (named).
 */
export async function getComparatorFigures(
  sipri: LoadedDataset,
  countries: string[],
  year: number,
): Promise<ComparatorFigures> {
  const current = { id: sipri.currentEdition.id, label: sipri.currentEdition.label };
  const previous = await getPreviousEdition(sipri.slug, current.id);
  const found: ComparatorFigures = { points: [], editions: [] };
  for (const edition of previous ? [current, previous] : [current]) {
    const wanted = countries.filter((c) => !found.points.some((p) => p.country === c));
    const points = await getObservations(edition.id, wanted, year, year);
    if (points.length > 0) found.editions.push(edition.label);
    found.points.push(...points);
  }
  return found;
}
