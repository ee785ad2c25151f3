import "server-only";
import { z } from "zod";
import { siteOrigin } from "../api/site-origin";
import { databaseStatus } from "../db/health";
import { isLostConnection } from "../errors/lost-connection";
import { log } from "../log/logger";
import { CORS_HEADERS, type Representation, respond } from "./http-cache";
import { problemResponse } from "./problem-response";
import { queryObject } from "./params";
import { apiProblem, type ApiProblem, invalidParameters, isApiProblem } from "./problem";
import { cachedRepresentation } from "./response-cache";

/** How a handler answers: the cache key, whether the answer is pinned (kept forever), and how to build it. */
export interface CachedAnswer {
  key: string;
  pinned: boolean;
  build: () => Representation | Promise<Representation>;
}

export interface PublicRequest {
  request: Request;
  url: URL;
  origin: string;
  /** the query parameters, each at most once */
  query: Record<string, string>;
}

/**
 * A GET endpoint of the public API: the handler names its answer's cache key and builds it; the answer is kept in
 * memory under that key and the data version (or forever, for a key marked pinned), sent with its ETag (304 when
 * the client holds it) and CORS headers. Any failure becomes application/problem+json.
 */
export function publicGet<Context>(
  handler: (req: PublicRequest, context: Context) => CachedAnswer | Promise<CachedAnswer>,
) {
  return async (request: Request, context: Context): Promise<Response> => {
    const url = new URL(request.url);
    const origin = siteOrigin(request.headers, url.origin);
    try {
      const parsed = queryObject(url.searchParams);
      if (!parsed.ok)
        throw apiProblem("invalid_parameter", `Invalid \`${parsed.repeated}\`: given more than once.`, [
          { name: parsed.repeated, reason: "given more than once" },
        ]);
      const { key, pinned, build } = await handler({ request, url, origin, query: parsed.query }, context);
      const version = pinned ? "pinned" : ((await databaseStatus()).version ?? `t${Date.now()}`);
      return respond(request, await cachedRepresentation(`${version}|${origin}|${key}`, async () => build()));
    } catch (error) {
      return problemResponse(asProblem(error), origin, url.pathname + url.search);
    }
  };
}

/** Any failure as an ApiProblem: typed problems as they are, bad parameters as a 400, the rest logged as a 500. */
function asProblem(error: unknown): ApiProblem {
  if (isApiProblem(error)) return error;
  if (error instanceof z.ZodError) return invalidParameters(error);
  if (isLostConnection(error))
    return apiProblem("unavailable", "The database cannot be reached; try again in a moment.");
  log.error({ err: error }, "public API request failed");
  return apiProblem("internal", "The server could not answer this request.");
}

/** Answers for methods the read-only API does not have (405), and the CORS preflight (GET and HEAD only). */
export const readOnly = {
  OPTIONS: () =>
    new Response(null, {
      status: 204,
      headers: {
        ...CORS_HEADERS,
        "access-control-allow-methods": "GET, HEAD",
        "access-control-allow-headers": "If-None-Match",
        "access-control-max-age": "86400",
        allow: "GET, HEAD, OPTIONS",
      },
    }),
  refuse: (request: Request) => {
    const url = new URL(request.url);
    return problemResponse(
      apiProblem("method_not_allowed", `${request.method} is not allowed: the public API only reads (GET, HEAD).`),
      siteOrigin(request.headers, url.origin),
      url.pathname,
    );
  },
};
