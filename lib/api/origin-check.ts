/**
 * Whether a write (any method but GET, HEAD, OPTIONS) comes from the site itself: its Origin must be exactly the
 * site's origin; without an Origin, the browser's Sec-Fetch-Site must say same-origin. A request with neither, an
 * `Origin: null` (sandboxed frames, some redirects) or an Origin that is not a URL is refused. Pure, no framework.
 */
export type OriginVerdict = "same-origin" | "cross-site" | "missing" | "malformed";

export function checkWriteOrigin(headers: Headers, siteOrigin: string): OriginVerdict {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    if (site === null) return "missing";
    return site === "same-origin" ? "same-origin" : "cross-site";
  }
  if (origin === "null") return "cross-site";
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return "malformed";
  }
  // an Origin header is an origin only: scheme://host[:port], nothing after it
  if (parsed.origin === "null" || parsed.origin !== origin) return "malformed";
  return parsed.origin === siteOrigin ? "same-origin" : "cross-site";
}

export const isSafeMethod = (method: string) => method === "GET" || method === "HEAD" || method === "OPTIONS";
