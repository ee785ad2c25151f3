import { observationsRepresentation } from "@/lib/public-api/observations";
import { ZObservationsQuery, ZSlug } from "@/lib/public-api/params";
import { apiProblem } from "@/lib/public-api/problem";
import { publicGet, readOnly } from "@/lib/public-api/route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** A dataset's figures in long format, JSON or CSV; pinned to an edition with `edition=`. */
export const GET = publicGet(async ({ query, origin }, { params }: Context) => {
  const slug = ZSlug.safeParse((await params).slug);
  if (!slug.success) throw apiProblem("unknown_dataset", "There is no such dataset; GET /api/v1/datasets lists them.");
  const q = ZObservationsQuery.parse(query);
  const key = `obs:${slug.data}:${q.countries ? [...q.countries].sort().join(",") : "*"}:${q.from}:${q.to}:${q.edition}:${q.format}`;
  return {
    key,
    pinned: q.edition !== undefined,
    build: () => observationsRepresentation(slug.data, q, origin),
  };
});
export const HEAD = GET;
export const OPTIONS = readOnly.OPTIONS;
export const [POST, PUT, PATCH, DELETE] = [readOnly.refuse, readOnly.refuse, readOnly.refuse, readOnly.refuse];
