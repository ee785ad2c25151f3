// The responsive embed, as Datawrapper's: the embedded page (/embed) posts its height to the page around it, and a
// small script served by the dashboard (/embed.js, embed-host-script.ts) sets the iframe's height from it. The
// message's shape is defined here once; the host script accepts nothing else, and only from the dashboard's origin.

export const HEIGHT_MESSAGE_TYPE = "defense-dashboard:height";
/** a height beyond this is refused by the host script: no page of the dashboard is taller */
export const MAX_EMBED_HEIGHT = 20_000;
/** the iframe's height before the script has run (or where scripts do not run) */
export const DEFAULT_EMBED_HEIGHT = 560;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

export const heightMessage = (height: number): HeightMessage => ({
  type: HEIGHT_MESSAGE_TYPE,
  height: Math.ceil(height),
});

const attribute = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export interface EmbedSnippetInput {
  /** the dashboard's origin (https://dash.example.org) */
  origin: string;
  /** `/embed`, `/ar/embed`, …, with the view's query string */
  path: string;
  /** what the iframe shows, for screen readers */
  title: string;
}

/** The iframe to paste, live (the current edition) or pinned (`v=`), and the script that sizes it. */
export function embedSnippet({ origin, path, title }: EmbedSnippetInput): string {
  return (
    `<iframe src="${attribute(`${origin}${path}`)}" title="${attribute(title)}" width="100%" ` +
    `height="${DEFAULT_EMBED_HEIGHT}" style="border:0;width:100%" loading="lazy"></iframe>\n` +
    `<script async src="${attribute(`${origin}/embed.js`)}"></script>`
  );
}
