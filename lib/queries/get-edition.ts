import "server-only";
import { MAX_INT4 } from "../api/params";
import { getPrisma } from "../db/client";

/** A committed edition of the dataset (for pinned links); null for unknown, staged or other datasets' editions. */
export async function getCommittedEdition(
  datasetSlug: string,
  editionId: number,
): Promise<{ id: number; label: string; publishedOn: string | null } | null> {
  if (!Number.isSafeInteger(editionId) || editionId < 1 || editionId > MAX_INT4) return null;
  const edition = await getPrisma().edition.findFirst({
    where: { id: editionId, status: "committed", dataset: { slug: datasetSlug } },
    select: { id: true, label: true, publishedOn: true },
  });
  return edition && { ...edition, publishedOn: edition.publishedOn?.toISOString().slice(0, 10) ?? null };
}
