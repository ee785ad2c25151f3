import "server-only";
import { getPrisma } from "../db/client";
import { cachedByEdition } from "./cache";

export interface ObservationPoint {
  country: string;
  year: number;
  /** percent of GDP */
  value: number;
  status: "actual" | "estimate" | "budget" | "plan";
  note: string | null;
  source: string | null;
}

/** One edition's figures for some countries and years (all countries when `countries` is null). */
export function getObservations(editionId: number, countries: string[] | null, from: number, to: number): Promise<ObservationPoint[]> {
  const key = `obs:${editionId}:${countries?.join("~") ?? "*"}:${from}:${to}`;
  return cachedByEdition(key, async () => {
    const rows = await getPrisma().observation.findMany({
      where: { editionId, year: { gte: from, lte: to }, ...(countries ? { countryIso3: { in: countries } } : {}) },
      orderBy: [{ countryIso3: "asc" }, { year: "asc" }],
    });
    return rows.map((r) => ({ country: r.countryIso3, year: r.year, value: Number(r.value), status: r.status, note: r.note, source: r.source }));
  });
}
