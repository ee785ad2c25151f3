import "server-only";
import { getPrisma } from "../db/client";

export interface CountryOption {
  iso3: string;
  name: string;
  groups: string[];
}

/** Countries that have figures in any current edition, for the picker. */
export async function listCountries(): Promise<CountryOption[]> {
  return getPrisma().country.findMany({
    where: { observations: { some: { edition: { currentOf: { isNot: null } } } } },
    select: { iso3: true, name: true, groups: true },
    orderBy: { name: "asc" },
  });
}
