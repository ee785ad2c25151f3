import { citationRepresentation, todayUtc } from "@/lib/public-api/citation";
import { ZCitationQuery, ZSlug } from "@/lib/public-api/params";
import { apiProblem } from "@/lib/public-api/problem";
import { publicGet, readOnly } from "@/lib/public-api/route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** A citation of a dataset's edition: BibTeX, RIS or CSL-JSON, the publisher first, this dashboard as compiler. */
export const GET = publicGet(async ({ query, origin }, { params }: Context) => {
  const slug = ZSlug.safeParse((await params).slug);
  if (!slug.success) throw apiProblem("unknown_dataset", "There is no such dataset; GET /api/v1/datasets lists them.");
  const q = ZCitationQuery.parse(query);
  const accessed = q.accessed ?? todayUtc();
  return {
    key: `cite:${slug.data}:${q.edition}:${q.format}:${accessed}`,
    pinned: false,
    build: () => citationRepresentation(slug.data, { ...q, accessed }, origin),
  };
});
export const HEAD = GET;
export const OPTIONS = readOnly.OPTIONS;
export const [POST, PUT, PATCH, DELETE] = [readOnly.refuse, readOnly.refuse, readOnly.refuse, readOnly.refuse];
