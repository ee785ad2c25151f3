import "server-only";
import { type EarlierYears, missingFromShown } from "../dashboard/series/earlier-coverage";
import { YEAR_CEILING, YEAR_FLOOR } from "../dashboard/state/url-state";
import { cachedByEdition } from "./cache";
import { getObservations } from "./get-observations";
import { getPreviousEdition } from "./get-previous-edition";

/**
 * The figures an edition lacks that its dataset's previous edition has (a partial release loaded as a whole edition,
 * not as an update), per country; null when there is no previous edition or it adds nothing. Editions never change: cached.
 */
export function getEarlierYears(datasetSlug: string, editionId: number): Promise<EarlierYears | null> {
  return cachedByEdition(`earlier:${editionId}`, async () => {
    const previous = await getPreviousEdition(datasetSlug, editionId);
    if (!previous) return null;
    const [before, shown] = await Promise.all([
      getObservations(previous.id, null, YEAR_FLOOR, YEAR_CEILING),
      getObservations(editionId, null, YEAR_FLOOR, YEAR_CEILING),
    ]);
    const years = missingFromShown(before, shown);
    return Object.keys(years).length > 0 ? { edition: previous, years } : null;
  });
}
