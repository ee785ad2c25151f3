import { siteOrigin } from "@/lib/api/site-origin";
import { embedHostScript } from "@/lib/dashboard/share/embed-host-script";

export const dynamic = "force-dynamic";

/** The script beside an embedded iframe: it sizes the iframe to the height the dashboard's page posts. */
export function GET(request: Request) {
  const url = new URL(request.url);
  return new Response(request.method === "HEAD" ? null : embedHostScript(siteOrigin(request.headers, url.origin)), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=3600",
      // read by other sites' pages as a classic script: they need no CORS, but may load it under COEP
      "cross-origin-resource-policy": "cross-origin",
    },
  });
}
export const HEAD = GET;
