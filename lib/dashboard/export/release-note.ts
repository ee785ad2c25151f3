import { editionName } from "../text/edition-label";
import { formats } from "../text/format";

// The note written for every change of a dataset's current edition (edition_events): what the new current edition
// adds, revises and removes against the one before it, its largest revisions, and the publisher's release date.
// Shown on the history page and in the Atom feeds; data here, words from the caller's translations.

export interface EditionChangeRow {
  country: string;
  year: number;
  kind: "added" | "removed" | "changed";
  before: number | null;
  after: number | null;
  /** for a changed figure: its value revised, only its status, or only digits beyond the 4th decimal */
  detail: "revised" | "status" | "precision" | null;
}

export interface ReleaseNoteInput {
  kind: "published" | "rollback";
  edition: { id: number; label: string; publishedOn: string | null; carried: number };
  previous: { id: number; label: string; publishedOn: string | null } | null;
  counts: {
    added: number;
    removed: number;
    /** every figure whose value or status differs; `changedBy` splits it */
    changed: number;
    changedBy: { revised: number; status: number; precision: number };
    unchanged: number;
  };
  /** largest first, as diffEditions lists them */
  changes: EditionChangeRow[];
  /** the edition an update carried figures from */
  carriedFrom: { label: string; publishedOn: string | null } | null;
}

export interface ReleaseNote extends ReleaseNoteInput {
  largest: { country: string; year: number; before: number; after: number }[];
}

export const LARGEST_REVISIONS = 5;

export function releaseNote(input: ReleaseNoteInput): ReleaseNote {
  const largest = input.changes
    .filter((c) => c.detail === "revised" && c.before !== null && c.after !== null)
    .slice(0, LARGEST_REVISIONS)
    .map((c) => ({ country: c.country, year: c.year, before: c.before!, after: c.after! }));
  return { ...input, largest };
}

/** A translator as next-intl's: a key under the release-note namespace and its values. */
export type NoteTranslator = (key: string, values?: Record<string, string | number>) => string;

export interface NoteText {
  title: string;
  /** sentences, in order */
  lines: string[];
  /** "Japan 2024: 1.37% → 1.29% (−0.08)" */
  revisions: string[];
}

/** The note in words: the title, its sentences and the largest revisions, in the reader's language. */
export function releaseNoteText(
  note: ReleaseNote,
  t: NoteTranslator,
  locale: string,
  dataset: string,
  countryName: (iso3: string) => string,
): NoteText {
  const f = formats(locale);
  const { counts, edition, previous } = note;
  const name = (e: { label: string; publishedOn: string | null }) => editionName(e.label, e.publishedOn, locale).text;
  const { status, precision } = counts.changedBy;
  const lines = [
    previous
      ? t("changes", {
          added: counts.added,
          revised: counts.changedBy.revised,
          removed: counts.removed,
          unchanged: counts.unchanged,
          previous: name(previous),
        })
      : t("first", { count: counts.added }),
    ...(status > 0 ? [t("statusOnly", { count: status })] : []),
    ...(precision > 0 ? [t("precisionOnly", { count: precision })] : []),
    ...(edition.carried > 0 && note.carriedFrom
      ? [t("carried", { count: edition.carried, from: name(note.carriedFrom) })]
      : []),
    edition.publishedOn ? t("releaseDate", { date: edition.publishedOn }) : t("noReleaseDate"),
  ];
  return {
    title: t(note.kind, { dataset, edition: name(edition) }),
    lines,
    revisions: note.largest.map((r) =>
      t("revision", {
        country: countryName(r.country),
        year: f.year(r.year),
        before: f.share(r.before),
        after: f.share(r.after),
        change: f.points(r.after - r.before),
      }),
    ),
  };
}
