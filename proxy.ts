import createIntlMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { siteOrigin } from "./lib/api/site-origin";
import { refuseCrossSite } from "./lib/api/write-guard";
import { apiProblem } from "./lib/public-api/problem";
import { problemResponse } from "./lib/public-api/problem-response";
import { editionIdOf } from "./lib/dashboard/state/edition-id";
import { encodeViewKey, INTERNAL_VIEW_PATH } from "./lib/dashboard/state/view-key";
import { databaseStatus } from "./lib/db/health";

const intl = createIntlMiddleware(routing);

const OUTAGE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data temporarily unavailable</title></head><body style="font-family:system-ui,sans-serif;padding:2rem;max-width:40rem">
<h1>The data is unavailable right now</h1><p>The dashboard cannot reach its database. Nothing is lost; this page will work again as soon as the
database is back. Try again in a moment.</p>
<p lang="ar" dir="rtl">البيانات غير متاحة حاليًا. لم يُفقد شيء؛ حاول مرة أخرى بعد قليل.</p>
<p lang="ja">データベースに接続できません。データは失われていません。しばらくしてから再度お試しください。</p></body></html>`;

/**
 * Writes from another site are refused (403), and an impossible pinned edition (`v=`) is a 400, before anything
 * else. Every page and API call then checks the database is reachable: if not, a clear 503 at once, not a hang or a
 * stack trace. Pages then get their language (next-intl): /ar/…, /ja/…, English unprefixed. The dashboard home and
 * /embed are then served from Next.js's page cache, keyed by the data version (lib/dashboard/state/view-key.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const pinned = searchParams.get("v");
  if (pinned !== null && editionIdOf(pinned) === null)
    return new NextResponse("Bad request: v must be an edition number.", { status: 400 });
  // the health check answers for itself, with a JSON 503 of its own when the database is down
  if (pathname === "/api/health") return NextResponse.next();
  const database = await databaseStatus();
  if (!database.ok) {
    const headers = { "retry-after": "5", "cache-control": "no-store" };
    if (pathname.startsWith("/api/v1/"))
      return problemResponse(
        apiProblem("unavailable", "The database cannot be reached; try again in a moment."),
        siteOrigin(request.headers, request.nextUrl.origin),
        pathname,
      );
    if (pathname.startsWith("/api/")) {
      return NextResponse.json(
        { error: "The database is unavailable right now; nothing was changed. Try again in a moment." },
        { status: 503, headers },
      );
    }
    return new NextResponse(OUTAGE_PAGE, {
      status: 503,
      headers: { ...headers, "content-type": "text/html; charset=utf-8" },
    });
  }
  // route handlers; `/api` alone is the API's guide page, in the reader's language like every page
  if (/^\/(?:(?:api|og|download|feed)\/|og$|download$|feed\.xml$|embed\.js$)/.test(pathname))
    return NextResponse.next();
  if (INTERNAL_VIEW_PATH.test(pathname)) return new NextResponse("Not found", { status: 404 });
  const response = intl(request);
  // (the version is unknown only if the very first probe was slow; such pages live until the server restarts)
  return toCachedView(request, response, database.version ?? "unknown");
}

/**
 * The dashboard home (`/`, `/ja`, … after next-intl's rewrite) becomes `/<locale>/view/<key>`, and the chart for
 * iframes (`/embed`) `/<locale>/embed/<key>`; redirects and other pages pass as they are.
 */
function toCachedView(request: NextRequest, response: NextResponse, version: string): NextResponse {
  if (response.headers.has("location")) return response;
  const rewrite = response.headers.get("x-middleware-rewrite");
  const target = rewrite ? new URL(rewrite) : request.nextUrl;
  const page = /^\/([a-z]{2})(\/embed)?\/?$/.exec(target.pathname);
  if (!page) return response;
  const [, locale, embed] = page;
  const origin = siteOrigin(request.headers, request.nextUrl.origin);
  const url = new URL(
    `/${locale}/${embed ? "embed" : "view"}/${encodeViewKey(version, origin, request.nextUrl.searchParams)}`,
    request.url,
  );
  // the client router's cache-busting parameter stays, so navigations within the app fetch the cached payload
  const rsc = request.nextUrl.searchParams.get("_rsc");
  if (rsc !== null) url.searchParams.set("_rsc", rsc);
  const cached = NextResponse.rewrite(url, { headers: response.headers });
  cached.headers.delete("x-middleware-next");
  return cached;
}

export const config = {
  // Not for build assets and static files, which need no database; not for uploads, because a proxy buffers (and
  // caps) request bodies — the upload route streams its body and answers 503 itself (lib/api/responses.ts).
  matcher: ["/((?!_next/|icon.svg|favicon.ico|api/uploads).*)"],
};
