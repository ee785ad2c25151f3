import "server-only";
import { getPrisma } from "../db/client";
import { cachedByEdition } from "./cache";

/** The newest year an edition has a figure for; null for an empty one. Editions never change: cached. */
export function getNewestYear(editionId: number): Promise<number | null> {
  return cachedByEdition(`newest-year:${editionId}`, async () => {
    const found = await getPrisma().observation.aggregate({ where: { editionId }, _max: { year: true } });
    return found._max.year;
  });
}
