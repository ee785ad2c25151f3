/** The site's origin as the reader's browser sees it (behind a proxy: X-Forwarded-Host / -Proto). */
export function requestOrigin(headers: Headers): string | null {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? headers.get("host");
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  if (!host || !/^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i.test(host) || !/^https?$/.test(protocol)) return null;
  return `${protocol}://${host}`;
}
