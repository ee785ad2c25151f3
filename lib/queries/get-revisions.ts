import "server-only";
import { type EditionRef, type PrintedFigure, publisherOf } from "../dashboard/series/revisions";
import { getPrisma } from "../db/client";
import type { Unit } from "../reference/units";
import { cachedByEdition } from "./cache";

/**
 * Every committed edition of the publisher behind `definition`, in any of its datasets in `unit` (NATO's old and
 * core-defence tables are both NATO's shares of GDP; its equipment share is another measure). One small read
 * (editions are few); the figures are cached per edition.
 */
export async function listPublisherEditions(definition: string, unit: Unit): Promise<EditionRef[]> {
  const rows = await getPrisma().edition.findMany({
    where: { status: "committed" },
    select: {
      id: true,
      label: true,
      publishedOn: true,
      dataset: { select: { slug: true, definition: true, unit: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows
    .filter((r) => r.dataset.unit === unit && publisherOf(r.dataset.definition) === publisherOf(definition))
    .map((r) => ({
      id: r.id,
      dataset: r.dataset.slug,
      definition: r.dataset.definition,
      label: r.label,
      publishedOn: r.publishedOn?.toISOString().slice(0, 10) ?? null,
    }));
}

/** How each of `editions` printed one country's figure for one year (null where an edition has none). */
export function getPrintedFigures(editions: EditionRef[], country: string, year: number): Promise<PrintedFigure[]> {
  const key = `printed:${editions.map((e) => e.id).join(",")}:${country}:${year}`;
  return cachedByEdition(key, async () => {
    const rows = await getPrisma().observation.findMany({
      where: { editionId: { in: editions.map((e) => e.id) }, countryIso3: country, year },
      select: { editionId: true, value: true, status: true },
    });
    return editions.map((edition) => {
      const row = rows.find((r) => r.editionId === edition.id);
      return { edition, value: row ? Number(row.value) : null, status: row?.status ?? null };
    });
  });
}
