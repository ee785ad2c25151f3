// How current the data is: the newest edition of each publisher, shown next to the dataset picker.
export type PublisherFamily = "NATO" | "SIPRI" | "JAPAN" | "OTHER";

/** The publisher behind a definition: NATO's two definitions are one publisher, Japan's government another. */
export function publisherFamily(definition: string): PublisherFamily {
  if (definition === "NATO" || definition === "NATO_CORE") return "NATO";
  if (definition === "SIPRI") return "SIPRI";
  return definition.startsWith("JAPAN_") ? "JAPAN" : "OTHER";
}

export interface NewestEdition {
  publisher: PublisherFamily;
  dataset: string;
  /** the edition's id, for what is counted of it (its coverage) */
  id?: number;
  label: string;
  publishedOn: string | null;
}

/** Per publisher, the current edition published last (undated editions count as oldest); NATO, SIPRI, Japan order. */
export function newestEditions(
  datasets: {
    slug: string;
    definition: string;
    currentEdition: { id?: number; label: string; publishedOn: string | null } | null;
  }[],
): NewestEdition[] {
  const newest = new Map<PublisherFamily, NewestEdition>();
  for (const d of datasets) {
    if (!d.currentEdition) continue;
    const publisher = publisherFamily(d.definition);
    const seen = newest.get(publisher);
    if (!seen || (d.currentEdition.publishedOn ?? "") > (seen.publishedOn ?? ""))
      newest.set(publisher, { publisher, dataset: d.slug, ...d.currentEdition });
  }
  const order: PublisherFamily[] = ["NATO", "SIPRI", "JAPAN", "OTHER"];
  return [...newest.values()].sort((a, b) => order.indexOf(a.publisher) - order.indexOf(b.publisher));
}
