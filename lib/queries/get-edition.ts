import "server-only";
import { isEditionId } from "../dashboard/state/edition-id";
import { getPrisma } from "../db/client";

/** A committed edition of the dataset (for pinned links); null for unknown, staged or other datasets' editions. */
export async function getCommittedEdition(
  datasetSlug: string,
  editionId: number,
): Promise<{ id: number; label: string; publishedOn: string | null } | null> {
  if (!isEditionId(editionId)) return null;
  const edition = await getPrisma().edition.findFirst({
    where: { id: editionId, status: "committed", dataset: { slug: datasetSlug } },
    select: { id: true, label: true, publishedOn: true },
  });
  return edition && { ...edition, publishedOn: edition.publishedOn?.toISOString().slice(0, 10) ?? null };
}
