import { siteOrigin } from "@/lib/api/site-origin";
import { apiProblem } from "@/lib/public-api/problem";
import { problemResponse } from "@/lib/public-api/problem-response";

/** Any other path under /api/v1: a problem+json 404 that says where to start. */
function notFound(request: Request) {
  const url = new URL(request.url);
  return problemResponse(
    apiProblem("not_found", `${url.pathname} is not an endpoint; /api/v1/openapi.json lists them.`),
    siteOrigin(request.headers, url.origin),
    url.pathname,
  );
}
export const [GET, HEAD, POST, PUT, PATCH, DELETE] = [notFound, notFound, notFound, notFound, notFound, notFound];
