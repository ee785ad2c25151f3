import "server-only";
import type { DatasetSummary } from "../dashboard/view/inputs";
import { getPrisma } from "../db/client";

/** Every dataset with its current edition; a cheap read made on every request (it decides the cache keys). */
export async function listDatasets(): Promise<DatasetSummary[]> {
  const rows = await getPrisma().dataset.findMany({ include: { currentEdition: true }, orderBy: { id: "asc" } });
  return rows.map(({ currentEdition: e, ...d }) => ({
    slug: d.slug,
    name: d.name,
    publisher: d.publisher,
    definition: d.definition,
    unit: d.unit,
    license: d.license,
    sourceUrl: d.sourceUrl,
    description: d.description,
    currentEdition: e && {
      id: e.id,
      label: e.label,
      publishedOn: e.publishedOn?.toISOString().slice(0, 10) ?? null,
      loadedAt: e.createdAt.toISOString(),
      rows: e.rowsInserted,
      sha256: e.fileSha256,
      note: e.note,
    },
  }));
}
