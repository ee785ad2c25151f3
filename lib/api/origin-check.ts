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

/**
 * Without PUBLIC_ORIGIN the site's origin is whatever host the request names, and a page on an attacker's domain that
 * re-resolves to this server (DNS rebinding) would be "same-origin" with it. So the only hosts trusted then are the
 * ones no outside name can stand for: an IP address, `localhost` and `*.localhost` (which browsers resolve to
 * loopback themselves). A site served under a domain name sets PUBLIC_ORIGIN.
 */
export function isAddressHost(origin: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(origin).hostname.toLowerCase();
  } catch {
    return false;
  }
  return (
    /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) ||
    /^\[[\d:a-f.]+\]$/.test(hostname) ||
    hostname === "localhost" ||
    hostname.endsWith(".localhost")
  );
}
