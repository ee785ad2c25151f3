import { CORS_HEADERS } from "./http-cache";
import { type ApiProblem, PROBLEMS, problemBody } from "./problem";

/** A problem as application/problem+json (RFC 9457), never cached. */
export function problemResponse(problem: ApiProblem, origin: string, instance: string): Response {
  const body = problemBody(problem, origin, instance);
  return new Response(JSON.stringify(body), {
    status: PROBLEMS[problem.code].status,
    headers: {
      // a browser script on another site may read why its GET failed; other methods get no CORS at all
      ...(problem.code === "method_not_allowed" ? {} : CORS_HEADERS),
      "content-type": "application/problem+json",
      "cache-control": "no-store",
      ...(problem.code === "unavailable" ? { "retry-after": "5" } : {}),
      ...(problem.code === "method_not_allowed" ? { allow: "GET, HEAD, OPTIONS" } : {}),
    },
  });
}
