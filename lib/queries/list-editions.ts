import "server-only";
import { getPrisma } from "../db/client";

export interface EditionRow {
  id: number;
  label: string;
  status: "staged" | "committed";
  publishedOn: string | null;
  createdAt: string;
  /** who loaded it; null for public readers, who see no editor's name */
  createdBy: string | null;
  fileName: string;
  sha256: string;
  rowsRead: number;
  rowsInserted: number;
  /** an update: figures carried unchanged from the edition it updates (each with its note and source), and that edition's label */
  carried: number;
  carriedFrom: string | null;
  note: string | null;
  current: boolean;
}

/**
 * A dataset and every edition it has had, newest first. A public reader (`editor: false`) gets the committed
 * editions only, without editors' names: uploads under review and who made them are for editors.
 */
export async function listEditions(slug: string, { editor }: { editor: boolean }) {
  const dataset = await getPrisma().dataset.findUnique({
    where: { slug },
    include: { editions: { where: editor ? {} : { status: "committed" }, orderBy: { id: "desc" } } },
  });
  if (!dataset) return null;
  const labels = new Map(dataset.editions.map((e) => [e.id, e.label]));
  const editions: EditionRow[] = dataset.editions.map((e) => ({
    id: e.id,
    label: e.label,
    status: e.status,
    publishedOn: e.publishedOn?.toISOString().slice(0, 10) ?? null,
    createdAt: e.createdAt.toISOString(),
    createdBy: editor ? e.createdBy : null,
    fileName: e.fileName,
    sha256: e.fileSha256,
    rowsRead: e.rowsRead,
    rowsInserted: e.rowsInserted,
    note: e.note,
    carried: e.figuresCarried,
    carriedFrom: e.basedOnId === null ? null : (labels.get(e.basedOnId) ?? null),
    current: e.id === dataset.currentEditionId,
  }));
  const { slug: s, name, publisher, definition, license, sourceUrl, description } = dataset;
  return {
    slug: s,
    name,
    editions,
    details: { slug: s, name, publisher, definition, license, sourceUrl, description },
  };
}
