// Where to go after signing in (`/login?next=…`). Only a path on this site: browsers read `/\evil.example` and
// `/<tab>/evil.example` as `//evil.example`, another site, so backslashes and control characters (raw or
// percent-encoded) are refused outright. What is left is normalised against a fixed base, and the normalised
// path is what the browser will follow, so it is checked too: `/.//evil.example`, `/%2e//evil.example` and
// `/x/..//evil.example` all normalise to `//evil.example`, a protocol-relative link to another site.
const BASE = "https://base.invalid";
const FORBIDDEN = /[\\\u0000-\u001f\u007f]|%(?:[01][0-9a-f]|7f|5c)/i;

const isSitePath = (path: string) => path.startsWith("/") && !path.startsWith("//") && !FORBIDDEN.test(path);

export function safeNextPath(next: string | null | undefined, fallback = "/upload"): string {
  if (!next || !isSitePath(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // the output must pass the same test as the input, and resolve to this site again
  return url.origin === BASE && isSitePath(url.pathname) && new URL(path, BASE).origin === BASE ? path : fallback;
}
