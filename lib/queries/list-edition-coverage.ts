import "server-only";
import { getPrisma } from "../db/client";
import { cachedByEdition } from "./cache";

/** How complete an edition is: its newest year, how many countries have a figure for it, and how many in all. */
export interface EditionCoverage {
  newestYear: number;
  countriesInNewestYear: number;
  countries: number;
}

/** Per edition id; cached under the ids (editions never change once loaded). */
export function listEditionCoverage(editionIds: number[]): Promise<Map<number, EditionCoverage>> {
  return cachedByEdition(`coverage:${editionIds.join(",")}`, async () => {
    const where = { editionId: { in: editionIds } };
    const [byYear, byCountry] = await Promise.all([
      // one row per country and year, so a year's count is its countries'
      getPrisma().observation.groupBy({ by: ["editionId", "year"], where, _count: { _all: true } }),
      getPrisma().observation.groupBy({ by: ["editionId", "countryIso3"], where }),
    ]);
    const coverage = new Map<number, EditionCoverage>();
    for (const r of byYear) {
      const seen = coverage.get(r.editionId);
      if (!seen || r.year > seen.newestYear)
        coverage.set(r.editionId, { newestYear: r.year, countriesInNewestYear: r._count._all, countries: 0 });
    }
    for (const r of byCountry) coverage.get(r.editionId)!.countries += 1;
    return coverage;
  });
}
