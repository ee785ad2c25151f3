import "server-only";
import { getPrisma } from "../db/client";

export interface DatasetSummary {
  slug: string;
  name: string;
  publisher: string;
  definition: string;
  license: string;
  sourceUrl: string;
  description: string;
  currentEdition: {
    id: number;
    label: string;
    publishedOn: string | null;
    loadedAt: string;
    rows: number;
    sha256: string;
    note: string | null;
  } | null;
}

/** Every dataset with its current edition; a cheap read made on every request (it decides the cache keys). */
export async function listDatasets(): Promise<DatasetSummary[]> {
  const rows = await getPrisma().dataset.findMany({ include: { currentEdition: true }, orderBy: { id: "asc" } });
  return rows.map(({ currentEdition: e, ...d }) => ({
    slug: d.slug,
    name: d.name,
    publisher: d.publisher,
    definition: d.definition,
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
