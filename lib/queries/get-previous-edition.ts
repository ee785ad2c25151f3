import "server-only";
import { getPrisma } from "../db/client";

/** The committed edition of a dataset loaded just before the given one; null when it is the first. */
export async function getPreviousEdition(
  datasetSlug: string,
  editionId: number,
): Promise<{ id: number; label: string } | null> {
  return getPrisma().edition.findFirst({
    where: { dataset: { slug: datasetSlug }, status: "committed", id: { lt: editionId } },
    orderBy: { id: "desc" },
    select: { id: true, label: true },
  });
}
