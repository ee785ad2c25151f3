import "server-only";
import { getPrisma } from "../db/client";

/** A committed edition of the dataset (for pinned links); null for unknown, staged or other datasets' editions. */
export async function getCommittedEdition(datasetSlug: string, editionId: number): Promise<{ id: number; label: string } | null> {
  return getPrisma().edition.findFirst({
    where: { id: editionId, status: "committed", dataset: { slug: datasetSlug } },
    select: { id: true, label: true },
  });
}
