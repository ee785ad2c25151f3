import { serverEnv } from "../env";
import { requestOrigin } from "./request-origin";

/**
 * The site's origin for absolute URLs and the write-origin check: PUBLIC_ORIGIN when set (request host headers are
 * then ignored, so a forged X-Forwarded-Host cannot reach a link, a preview image or a download); otherwise the
 * origin the browser asked for (Host / X-Forwarded-Host), else `fallback` (the URL the server saw).
 */
export function siteOrigin(headers: Headers, fallback: string): string {
  return serverEnv().PUBLIC_ORIGIN ?? requestOrigin(headers) ?? fallback;
}
