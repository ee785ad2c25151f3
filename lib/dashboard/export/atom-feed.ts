// Atom 1.0 (RFC 4287) written from plain data; tests validate the output against the RFC's RELAX NG schema.

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related";
  type?: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** ISO 8601 */
  updated: string;
  links: AtomLink[];
  /** HTML, sent escaped as `type="html"` content */
  contentHtml: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  lang: string;
  author: { name: string; uri: string };
  links: AtomLink[];
  entries: AtomEntry[];
}

// characters XML 1.0 cannot carry at all (an edition label is an editor's text): dropped, never written
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for XML content and attribute values. */
export const xmlText = (text: string) =>
  text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const link = (l: AtomLink) =>
  `<link href="${xmlText(l.href)}"${l.rel ? ` rel="${l.rel}"` : ""}${l.type ? ` type="${xmlText(l.type)}"` : ""}${l.title ? ` title="${xmlText(l.title)}"` : ""}/>`;

export function toAtom(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      "<entry>",
      `<id>${xmlText(e.id)}</id>`,
      `<title>${xmlText(e.title)}</title>`,
      `<updated>${e.updated}</updated>`,
      ...e.links.map(link),
      `<content type="html">${xmlText(e.contentHtml)}</content>`,
      "</entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">`,
    `<id>${xmlText(feed.id)}</id>`,
    `<title>${xmlText(feed.title)}</title>`,
    `<subtitle>${xmlText(feed.subtitle)}</subtitle>`,
    `<updated>${feed.updated}</updated>`,
    `<author><name>${xmlText(feed.author.name)}</name><uri>${xmlText(feed.author.uri)}</uri></author>`,
    ...feed.links.map(link),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
