import "server-only";
import type { CountryOption } from "../dashboard/view/inputs";
import { getPrisma } from "../db/client";
import { cachedByEdition } from "./cache";

/**
 * Countries that have figures in the given (current) editions, for the picker. The answer only changes when an
 * edition does, so it is cached under the edition ids.
 */
export function listCountries(editionIds: number[]): Promise<CountryOption[]> {
  return cachedByEdition(`countries:${editionIds.join(",")}`, () =>
    getPrisma().country.findMany({
      where: { observations: { some: { editionId: { in: editionIds } } } },
      select: { iso3: true, name: true, groups: true },
      orderBy: { name: "asc" },
    }),
  );
}
