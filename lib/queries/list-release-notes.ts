import "server-only";
import { type ReleaseNote, releaseNote } from "../dashboard/export/release-note";
import { getPrisma } from "../db/client";
import { diffEditions } from "../import/diff-editions";
import { cachedByEdition } from "./cache";

export interface DatasetReleaseNote {
  id: number;
  dataset: { slug: string; name: string; publisher: string };
  /** when the edition was made current (ISO 8601, UTC) */
  at: string;
  note: ReleaseNote;
}

/** Feeds and the history page list at most this many changes, newest first. */
export const MAX_RELEASE_NOTES = 50;

/**
 * The release notes of a dataset's changes of current edition (or of every dataset's), newest first. Each compares
 * two editions, which never change, so the comparison is cached under their ids.
 */
export async function listReleaseNotes(slug?: string): Promise<DatasetReleaseNote[]> {
  const events = await getPrisma().editionEvent.findMany({
    where: slug === undefined ? {} : { dataset: { slug } },
    include: { dataset: true, edition: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: MAX_RELEASE_NOTES,
  });
  const labels = new Map<number, { label: string; publishedOn: string | null }>();
  const ids = [
    ...new Set(events.flatMap((e) => [e.previousEditionId, e.edition.basedOnId]).filter((id) => id !== null)),
  ];
  const named = await getPrisma().edition.findMany({
    where: { id: { in: ids } },
    select: { id: true, label: true, publishedOn: true },
  });
  for (const e of named)
    labels.set(e.id, { label: e.label, publishedOn: e.publishedOn?.toISOString().slice(0, 10) ?? null });
  return Promise.all(
    events.map(async (e) => {
      const previous = e.previousEditionId;
      const diff = await cachedByEdition(`diff:${previous}:${e.editionId}`, () => diffEditions(previous, e.editionId));
      return {
        id: e.id,
        dataset: { slug: e.dataset.slug, name: e.dataset.name, publisher: e.dataset.publisher },
        at: e.at.toISOString(),
        note: releaseNote({
          kind: e.kind,
          edition: {
            id: e.editionId,
            label: e.edition.label,
            publishedOn: e.edition.publishedOn?.toISOString().slice(0, 10) ?? null,
            carried: e.edition.figuresCarried,
          },
          previous:
            previous === null
              ? null
              : { id: previous, ...(labels.get(previous) ?? { label: `#${previous}`, publishedOn: null }) },
          counts: {
            added: diff.added,
            removed: diff.removed,
            changed: diff.changed,
            changedBy: diff.changedBy,
            unchanged: diff.unchanged,
          },
          changes: diff.changes,
          carriedFrom: e.edition.basedOnId === null ? null : (labels.get(e.edition.basedOnId) ?? null),
        }),
      };
    }),
  );
}
