import { checkWriteOrigin, isSafeMethod } from "./origin-check";
import { siteOrigin } from "./site-origin";

/**
 * The CSRF check every write runs first (sign-in included): null when the request comes from the site itself,
 * else the 403 to send. Cookies are SameSite=Lax as well; this is the second line.
 */
export function refuseCrossSite(request: Request): Response | null {
  if (isSafeMethod(request.method)) return null;
  const verdict = checkWriteOrigin(request.headers, siteOrigin(request.headers, new URL(request.url).origin));
  if (verdict === "same-origin") return null;
  return Response.json(
    { error: "Cross-site request refused.", code: `origin_${verdict.replace("-", "_")}` },
    { status: 403 },
  );
}
