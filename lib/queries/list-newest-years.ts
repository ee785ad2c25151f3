import "server-only";
import { getPrisma } from "../db/client";
import { cachedByEdition } from "./cache";

/**
 * Each dataset's newest year with a figure in its current edition (NATO core: 2026, its estimate year): where the
 * dashboard's range ends by default. Changes only with an edition, so it is cached under the edition ids.
 */
export function listNewestYears(datasets: { slug: string; currentEdition: { id: number } | null }[]) {
  const current = datasets.flatMap((d) => (d.currentEdition ? [{ slug: d.slug, id: d.currentEdition.id }] : []));
  return cachedByEdition(`newest-years:${current.map((d) => d.id).join(",")}`, async () => {
    const rows = await getPrisma().observation.groupBy({
      by: ["editionId"],
      where: { editionId: { in: current.map((d) => d.id) } },
      _max: { year: true },
    });
    const byEdition = new Map(rows.map((r) => [r.editionId, r._max.year]));
    return Object.fromEntries(current.flatMap((d) => (byEdition.get(d.id) ? [[d.slug, byEdition.get(d.id)!]] : [])));
  }) as Promise<Record<string, number>>;
}
