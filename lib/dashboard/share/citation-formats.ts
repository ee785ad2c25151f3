import { type CitationFormat, citationKey, COMPILER, type CitationInput, toCsl } from "./citation";

// The three formats of one citation (citation.ts). BibTeX is biblatex's: `@dataset`, the publisher as the author in
// double braces (an organisation, never split into first and last names; the publisher too, a list field where
// "and" would split it), the dashboard as editor with `editortype = {compiler}`. RIS has no compiler tag: the
// dashboard is the secondary author (A2) and says so in N1.

/** BibTeX's special characters in a field's text, escaped; braces stay balanced whatever the text holds. */
export function bibtexText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\{}]/g, (ch) => (ch === "\\" ? "\\textbackslash{}" : `\\${ch}`))
    .replace(/[&%$#_]/g, (ch) => `\\${ch}`)
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

/** A URL for biblatex's verbatim `url` field: only braces, `%` and `\` could break it, and none is left raw. */
export const bibtexUrl = (url: string): string =>
  url.replace(/[{}%\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

export function toBibtex(c: CitationInput): string {
  const fields: [string, string][] = [
    ["author", `{${bibtexText(c.dataset.publisher)}}`],
    ["title", bibtexText(c.view ? c.view.title : c.dataset.name)],
    ...(c.view ? ([["booktitle", bibtexText(c.dataset.name)]] as [string, string][]) : []),
    ["editor", `{${COMPILER}}`],
    ["editortype", "compiler"],
    ["publisher", `{${bibtexText(c.dataset.publisher)}}`],
    ["version", bibtexText(c.edition.label)],
    ...(c.edition.publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(c.edition.publishedOn)
      ? ([["date", c.edition.publishedOn]] as [string, string][])
      : []),
    ["url", bibtexUrl(c.url)],
    ["urldate", c.accessed],
    ...(c.note ? ([["note", bibtexText(c.note)]] as [string, string][]) : []),
  ];
  return `@dataset{${citationKey(c)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join("\n")}\n}\n`;
}

/**
 * A name for RIS's AU and A2, which readers split at commas into family, given and suffix: an organisation's name
 * keeps its words with each comma written as a semicolon (PB keeps the name exactly).
 */
export const risName = (name: string): string => name.replace(/\s*,\s*/g, "; ");

/** One RIS line: a tag, two spaces, a hyphen, a space, then the value on one line. */
const ris = (tag: string, value: string) => `${tag}  - ${value.replace(/[\r\n]+/g, " ").trim()}`;
const risDate = (day: string) => `${day.replaceAll("-", "/")}/`;

export function toRis(c: CitationInput): string {
  const day = c.edition.publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(c.edition.publishedOn) ? c.edition.publishedOn : null;
  const lines = [
    ris("TY", "DATA"),
    ris("AU", risName(c.dataset.publisher)),
    ris("A2", COMPILER),
    ris("TI", c.view ? c.view.title : c.dataset.name),
    ...(c.view ? [ris("T2", c.dataset.name)] : []),
    ris("PB", c.dataset.publisher),
    ris("ET", c.edition.label),
    ...(day ? [ris("PY", day.slice(0, 4)), ris("DA", risDate(day))] : []),
    ris("UR", c.url),
    ris("Y2", risDate(c.accessed)),
    ris("N1", `Compiled by ${COMPILER}.${c.note ? ` ${c.note}` : ""}`),
    ris("ID", citationKey(c)),
    ris("ER", ""),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

export const CITATION_MEDIA: Record<CitationFormat, { contentType: string; extension: string }> = {
  bibtex: { contentType: "application/x-bibtex; charset=utf-8", extension: "bib" },
  ris: { contentType: "application/x-research-info-systems; charset=utf-8", extension: "ris" },
  "csl-json": { contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", extension: "json" },
};

/** The citation in one format, as text. CSL-JSON is a list of one item, as citation processors read it. */
export function formatCitation(format: CitationFormat, c: CitationInput): string {
  switch (format) {
    case "bibtex":
      return toBibtex(c);
    case "ris":
      return toRis(c);
    case "csl-json":
      return `${JSON.stringify([toCsl(c)], null, 2)}\n`;
  }
}
