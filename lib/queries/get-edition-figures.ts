import "server-only";
import { type EditionFiguresResponse, packEdition } from "../dashboard/series/edition-figures";
import { YEAR_CEILING, YEAR_FLOOR } from "../dashboard/state/url-state";
import { cachedByEdition } from "./cache";
import { getEarlierYears } from "./get-earlier-coverage";
import { getCommittedEdition } from "./get-edition";
import { getObservations } from "./get-observations";

/** Every figure of a committed edition, packed for the browser; null for a staged, unknown or other dataset's edition. */
export async function getEditionFigures(
  datasetSlug: string,
  editionId: number,
): Promise<EditionFiguresResponse | null> {
  const edition = await getCommittedEdition(datasetSlug, editionId);
  if (!edition) return null;
  return cachedByEdition(`figures:${edition.id}`, async () => {
    const [points, earlier] = await Promise.all([
      getObservations(edition.id, null, YEAR_FLOOR, YEAR_CEILING),
      getEarlierYears(datasetSlug, edition.id),
    ]);
    return { figures: packEdition(edition.id, points), earlier };
  });
}
