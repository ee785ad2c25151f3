// How each edition of a publisher printed one figure (a country and a year): NATO revises past years in every
// edition and, in July 2026, restated them on the core-defence basis of The Hague; SIPRI revises its whole
// series each April. A publisher's editions may sit in several datasets (NATO's old and core definitions).

/** The publisher behind a definition: NATO's core-defence tables are NATO's editions too. */
export function publisherOf(definition: string): string {
  return definition === "NATO_CORE" ? "NATO" : definition;
}

export interface EditionRef {
  id: number;
  dataset: string;
  definition: string;
  label: string;
  /** the publisher's release date, ISO; null when unknown (then ordered by id) */
  publishedOn: string | null;
}

export interface PrintedFigure {
  edition: EditionRef;
  /** percent of GDP; null when the edition has no figure for that country and year */
  value: number | null;
  status: string | null;
}

export interface Revision extends PrintedFigure {
  /** percentage points since the previous edition that printed a figure; null for the first or a missing one */
  change: number | null;
  /** this edition counts on another basis than the edition before it (NATO's core defence from July 2026) */
  basisChanged: boolean;
}

/** Editions in the order the publisher released them. */
export function inReleaseOrder<T extends { edition: EditionRef }>(rows: T[]): T[] {
  const key = (e: EditionRef) => `${e.publishedOn ?? "9999"}:${String(e.id).padStart(10, "0")}`;
  return [...rows].sort((a, b) => key(a.edition).localeCompare(key(b.edition)));
}

/** The printed figures, oldest edition first, each with its revision and any change of basis marked. */
export function revisions(printed: PrintedFigure[]): Revision[] {
  let lastValue: number | null = null;
  let lastDefinition: string | null = null;
  return inReleaseOrder(printed).map((p) => {
    const change = p.value !== null && lastValue !== null ? p.value - lastValue : null;
    const basisChanged = lastDefinition !== null && p.edition.definition !== lastDefinition;
    if (p.value !== null) lastValue = p.value;
    lastDefinition = p.edition.definition;
    return { ...p, change, basisChanged };
  });
}

/** The edition released just before `editionId` among a publisher's editions; null for the first. */
export function previousEdition(editions: EditionRef[], editionId: number): EditionRef | null {
  const ordered = inReleaseOrder(editions.map((edition) => ({ edition }))).map((r) => r.edition);
  const i = ordered.findIndex((e) => e.id === editionId);
  return i > 0 ? ordered[i - 1]! : null;
}
