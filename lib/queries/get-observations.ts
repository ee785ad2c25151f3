import "server-only";
import type { Point } from "../dashboard/series/series";
import { getPrisma } from "../db/client";
import { cachedByEdition } from "./cache";

/** One figure as the pages use it (value in percent of GDP). */
export type ObservationPoint = Point;

/** One edition's figures for some countries and years (all countries when `countries` is null). */
export function getObservations(
  editionId: number,
  countries: string[] | null,
  from: number,
  to: number,
): Promise<ObservationPoint[]> {
  const key = `obs:${editionId}:${countries?.join("~") ?? "*"}:${from}:${to}`;
  return cachedByEdition(key, async () => {
    const rows = await getPrisma().observation.findMany({
      where: { editionId, year: { gte: from, lte: to }, ...(countries ? { countryIso3: { in: countries } } : {}) },
      orderBy: [{ countryIso3: "asc" }, { year: "asc" }],
    });
    return rows.map((r) => ({
      country: r.countryIso3,
      year: r.year,
      value: Number(r.value),
      status: r.status,
      note: r.note,
      source: r.source,
    }));
  });
}
