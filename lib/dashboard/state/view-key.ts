// The dashboard home (and /embed) is one page per (data version, site origin, view in the URL). proxy.ts rewrites
// `/?countries=JPN~POL` to `/en/view/<key>`, a route Next.js renders once and then serves from its page cache (ISR):
// the page reads no request headers or cookies, so everything it depends on must be in the key.
// - the data version (lib/db/health.ts) grows with every change readers may see, so a new edition is a new key and a
//   cached page can never show superseded figures as current;
// - the origin makes preview-image URLs absolute on the host the link was shared from;
// - only the parameters the view reads, in a fixed order, so equivalent URLs share one cached page.
import { Buffer } from "node:buffer";
import { STATE_PARAMS } from "./url-state";

export interface ViewKey {
  version: string;
  origin: string;
  /** the view's URL parameters, canonical (`countries=JPN~POL&from=2014`) */
  query: string;
}

export function encodeViewKey(version: string, origin: string, search: URLSearchParams): string {
  const query = STATE_PARAMS.flatMap((p) => {
    const value = search.get(p);
    return value === null ? [] : [`${p}=${encodeURIComponent(value).replace(/%7E/gi, "~")}`];
  }).join("&");
  return Buffer.from(JSON.stringify([version, origin, query])).toString("base64url");
}

/** null for anything proxy.ts did not write */
export function decodeViewKey(key: string): ViewKey | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(decodeURIComponent(key), "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === "string")) return null;
    const [version, origin, query] = value as [string, string, string];
    if (!/^https?:\/\/[^/]+$/.test(origin)) return null;
    return { version, origin, query };
  } catch {
    return null;
  }
}

/** Paths of the internal routes (`view/<key>`, `embed/<key>`), which readers never request directly. */
export const INTERNAL_VIEW_PATH = /^\/(?:[a-z]{2}\/)?(?:view(?:\/|$)|embed\/)/;
