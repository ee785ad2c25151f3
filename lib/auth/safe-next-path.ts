// Where to go after signing in (`/login?next=…`). Only a path on this site: browsers read `/\evil.example` and
// `/<tab>/evil.example` as `//evil.example`, another site, so backslashes and control characters (raw or
// percent-encoded) are refused outright, and what is left must resolve against a fixed base to that same base.
const BASE = "https://base.invalid";
const FORBIDDEN = /[\\\u0000-\u001f\u007f]|%(?:[01][0-9a-f]|7f|5c)/i;

export function safeNextPath(next: string | null | undefined, fallback = "/upload"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || FORBIDDEN.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
