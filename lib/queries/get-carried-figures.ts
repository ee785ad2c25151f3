import "server-only";
import { getPrisma } from "../db/client";
import { cachedByEdition } from "./cache";

export interface CarriedFigures {
  count: number;
  /** the edition they were carried from, where each keeps its note and source */
  from: { id: number; label: string };
}

/** What an update edition carries unchanged from the edition it updates; null for a whole edition. Editions never change: cached. */
export function getCarriedFigures(editionId: number): Promise<CarriedFigures | null> {
  return cachedByEdition(`carried:${editionId}`, async () => {
    const prisma = getPrisma();
    const edition = await prisma.edition.findUnique({
      where: { id: editionId },
      select: { figuresCarried: true, basedOnId: true },
    });
    if (!edition || edition.figuresCarried === 0 || edition.basedOnId === null) return null;
    const from = await prisma.edition.findUnique({
      where: { id: edition.basedOnId },
      select: { id: true, label: true },
    });
    return from && { count: edition.figuresCarried, from };
  });
}
