// What a citation says, once, for BibTeX, RIS and CSL-JSON alike: the publisher of the figures first (SIPRI, NATO,
// Japan's Ministry of Defense), this dashboard as the compiler, the edition, and the pinned URL with the day it was
// read. A pinned view is cited as a part of its dataset's edition.

/** The compiler every citation names after the publisher. */
export const COMPILER = "Defense Spending Dashboard";

export const CITATION_FORMATS = ["bibtex", "ris", "csl-json"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface CitationInput {
  /** the dataset as its publisher names it ("SIPRI military expenditure") */
  dataset: { slug: string; name: string; publisher: string };
  /** the edition cited, as stored: its label and the publisher's release date (YYYY-MM-DD) */
  edition: { id: number; label: string; publishedOn: string | null };
  /** a pinned view of the edition (its title as the page writes it), or null for the whole edition */
  view: { title: string } | null;
  /** the pinned URL: the same figures whenever it is opened */
  url: string;
  /** the day the URL was read (YYYY-MM-DD) */
  accessed: string;
  /** what the figures are, in a sentence */
  note?: string;
}

/** A CSL-JSON item (CSL 1.0.2; `compiler` is its role for who gathered a dataset). */
export interface CslItem {
  id: string;
  type: "dataset";
  title: string;
  "container-title"?: string;
  author: { literal: string }[];
  compiler: { literal: string }[];
  publisher: string;
  version: string;
  issued?: { "date-parts": [[number, number, number]] };
  accessed: { "date-parts": [[number, number, number]] };
  URL: string;
  note?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD day as CSL date parts; null for anything else. */
export function dateParts(day: string | null): [number, number, number] | null {
  const m = day === null ? null : DAY.exec(day);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** The citation key: dataset and edition, and `-view` for a view of it (letters, digits and hyphens only). */
export const citationKey = (c: CitationInput): string =>
  `${c.dataset.slug.replace(/[^a-z0-9-]/gi, "-")}-edition-${c.edition.id}${c.view ? "-view" : ""}`;

export function toCsl(c: CitationInput): CslItem {
  const accessed = dateParts(c.accessed);
  if (!accessed) throw new RangeError(`accessed must be a day (YYYY-MM-DD), not ${JSON.stringify(c.accessed)}`);
  const issued = dateParts(c.edition.publishedOn);
  return {
    id: citationKey(c),
    type: "dataset",
    title: c.view ? c.view.title : c.dataset.name,
    ...(c.view ? { "container-title": c.dataset.name } : {}),
    author: [{ literal: c.dataset.publisher }],
    compiler: [{ literal: COMPILER }],
    publisher: c.dataset.publisher,
    version: c.edition.label,
    ...(issued ? { issued: { "date-parts": [issued] } } : {}),
    accessed: { "date-parts": [accessed] },
    URL: c.url,
    ...(c.note ? { note: c.note } : {}),
  };
}
