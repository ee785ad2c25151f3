import { representation } from "@/lib/public-api/http-cache";
import { openApiDocument } from "@/lib/public-api/openapi";
import { publicGet, readOnly } from "@/lib/public-api/route";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document, generated from the schemas that validate the parameters. */
export const GET = publicGet(({ origin }) => ({
  key: "openapi",
  pinned: false,
  build: () => representation(JSON.stringify(openApiDocument(origin), null, 2), "application/json", false),
}));
export const HEAD = GET;
export const OPTIONS = readOnly.OPTIONS;
