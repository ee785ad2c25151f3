import { CORS_HEADERS } from "./http-cache";
import { errorKind } from "../errors/codes";
import { type ApiProblem, problemBody } from "./problem";

/** A problem as application/problem+json (RFC 9457), never cached. */
export function problemResponse(problem: ApiProblem, origin: string, instance: string): Response {
  const body = problemBody(problem, origin, instance);
  return new Response(JSON.stringify(body), {
    status: errorKind(problem.code).status,
    headers: {
      // a browser script on another site may read why its GET failed; other methods get no CORS at all
      ...(problem.code === "method_not_allowed" ? {} : CORS_HEADERS),
      "content-type": "application/problem+json",
      "cache-control": "no-store",
      ...(errorKind(problem.code).retryAfter ? { "retry-after": String(errorKind(problem.code).retryAfter) } : {}),
      ...(problem.code === "method_not_allowed" ? { allow: "GET, HEAD, OPTIONS" } : {}),
    },
  });
}
