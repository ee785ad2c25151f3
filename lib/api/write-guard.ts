import { serverEnv } from "../env";
import { checkWriteOrigin, isAddressHost, isSafeMethod } from "./origin-check";
import { siteOrigin } from "./site-origin";

/**
 * The CSRF check every write runs first (sign-in included): null when the request comes from the site itself,
 * else the 403 to send. Cookies are SameSite=Lax as well; this is the second line. Without PUBLIC_ORIGIN, a write
 * must also name the server by an address (isAddressHost), so that a DNS-rebinding page cannot pass as the site.
 */
export function refuseCrossSite(request: Request): Response | null {
  if (isSafeMethod(request.method)) return null;
  const site = siteOrigin(request.headers, new URL(request.url).origin);
  if (!serverEnv().PUBLIC_ORIGIN && !isAddressHost(site)) {
    return Response.json(
      {
        error:
          "Writes through a host name need PUBLIC_ORIGIN set to the site's origin; without it, use the server's address or localhost.",
        code: "origin_unknown_host",
      },
      { status: 403 },
    );
  }
  const verdict = checkWriteOrigin(request.headers, site);
  if (verdict === "same-origin") return null;
  return Response.json(
    { error: "Cross-site request refused.", code: `origin_${verdict.replace("-", "_")}` },
    { status: 403 },
  );
}
