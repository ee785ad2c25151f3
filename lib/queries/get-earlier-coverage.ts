import "server-only";
import type { DashboardState } from "../dashboard/url-state";
import { getObservations, type ObservationPoint } from "./get-observations";
import { getPreviousEdition } from "./get-previous-edition";

export interface EarlierCoverage {
  edition: { id: number; label: string };
  /** first and last year the previous edition has and the shown one lacks, for the countries shown */
  from: number;
  to: number;
}

/**
 * When the edition shown lacks years (in range, for the countries shown) that its previous edition has — SIPRI's
 * partial April 2026 edition holds 2025 only — the previous edition, so the page can offer it (never mixed in).
 */
export async function getEarlierCoverage(datasetSlug: string, editionId: number, state: DashboardState, shown: ObservationPoint[]): Promise<EarlierCoverage | null> {
  const previous = await getPreviousEdition(datasetSlug, editionId);
  if (!previous) return null;
  const have = new Set(shown.map((p) => `${p.country}:${p.year}`));
  const years = (await getObservations(previous.id, state.countries, state.from, state.to)).filter((p) => !have.has(`${p.country}:${p.year}`)).map((p) => p.year);
  return years.length > 0 ? { edition: previous, from: Math.min(...years), to: Math.max(...years) } : null;
}
