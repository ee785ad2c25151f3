import "server-only";
import { getPrisma } from "../db/client";
import type { Unit } from "../reference/units";

export interface CommittedEdition {
  id: number;
  label: string;
  publishedOn: string | null;
  loadedAt: string;
  figures: number;
  carried: number;
  basedOn: number | null;
  sha256: string;
  note: string | null;
}

export interface DatasetWithEditions {
  slug: string;
  name: string;
  publisher: string;
  definition: string;
  unit: Unit;
  license: string;
  sourceUrl: string;
  description: string;
  currentEditionId: number | null;
  /** committed editions only (never uploads under review), newest first */
  editions: CommittedEdition[];
}

/** Every dataset (or the one named) with its committed editions, for the public API and the feeds. */
export async function listCommittedEditions(slug?: string): Promise<DatasetWithEditions[]> {
  const rows = await getPrisma().dataset.findMany({
    where: slug === undefined ? {} : { slug },
    include: { editions: { where: { status: "committed" }, orderBy: { id: "desc" } } },
    orderBy: { id: "asc" },
  });
  return rows.map((d) => ({
    slug: d.slug,
    name: d.name,
    publisher: d.publisher,
    definition: d.definition,
    unit: d.unit,
    license: d.license,
    sourceUrl: d.sourceUrl,
    description: d.description,
    currentEditionId: d.currentEditionId,
    editions: d.editions.map((e) => ({
      id: e.id,
      label: e.label,
      publishedOn: e.publishedOn?.toISOString().slice(0, 10) ?? null,
      loadedAt: e.createdAt.toISOString(),
      figures: e.rowsInserted,
      carried: e.figuresCarried,
      basedOn: e.basedOnId,
      sha256: e.fileSha256,
      note: e.note,
    })),
  }));
}
