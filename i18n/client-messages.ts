import type { AbstractIntlMessages } from "next-intl";

// The messages the browser needs, by who reads them: every page's client components use the reader's namespaces;
// the editors' pages (upload, sign-in, history) add theirs. The rest (sources, caveats, Japan's budget tables, the
// link preview) is drawn on the server only, so the dashboard's HTML does not carry it.
export const READER_NAMESPACES = [
  "site",
  "nav",
  "dashboard",
  "describe",
  "controls",
  "chart",
  "table",
  "tracker",
  "downloads",
  "share",
  "errors",
  "breaks",
  "revisions",
  "units",
];
/** The outlook view's own messages, given only to its pages (the view is always drawn by the server first). */
export const OUTLOOK_NAMESPACES = ["outlook"];
export const EDITOR_NAMESPACES = ["upload", "csvIssues", "apiErrors", "diff", "datasetForm", "history", "login"];

export function pickMessages(messages: AbstractIntlMessages, namespaces: string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]!]));
}
