import { createHash } from "node:crypto";

// HTTP caching of the public API. An answer pinned to an edition never changes (editions are immutable), so it may
// be kept for a year; an unpinned answer follows the current edition, so shared caches keep it briefly (as the
// dashboard's pages: s-maxage=10) and browsers revalidate it with its ETag every time.
export const PINNED_CACHE_CONTROL = "public, max-age=31536000, immutable";
export const LIVE_CACHE_CONTROL = "public, max-age=0, s-maxage=10";

/** Any site may read the API (GET and HEAD only; nothing else is allowed, so no preflight ever succeeds for it). */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, Content-Location",
} as const;

/** One answer, ready to send as often as asked. */
export interface Representation {
  body: string;
  contentType: string;
  etag: string;
  cacheControl: string;
  /** the pinned URL of an unpinned answer */
  contentLocation?: string;
  /** Content-Disposition for CSV */
  disposition?: string;
}

export function representation(
  body: string,
  contentType: string,
  pinned: boolean,
  extra: Pick<Representation, "contentLocation" | "disposition"> = {},
): Representation {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  return { body, contentType, etag, cacheControl: pinned ? PINNED_CACHE_CONTROL : LIVE_CACHE_CONTROL, ...extra };
}

/** RFC 9110 If-None-Match: `*`, or a list of entity tags compared weakly. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

/** 200 with the body (none for HEAD), or 304 when the client already holds it. */
export function respond(request: Request, rep: Representation): Response {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    etag: rep.etag,
    "cache-control": rep.cacheControl,
    vary: "Accept-Encoding",
    ...(rep.contentLocation ? { "content-location": rep.contentLocation } : {}),
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), rep.etag))
    return new Response(null, { status: 304, headers });
  headers["content-type"] = rep.contentType;
  if (rep.disposition) headers["content-disposition"] = rep.disposition;
  return new Response(request.method === "HEAD" ? null : rep.body, { status: 200, headers });
}
