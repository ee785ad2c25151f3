import { publicDataset } from "@/lib/public-api/datasets";
import { representation } from "@/lib/public-api/http-cache";
import { ZSlug } from "@/lib/public-api/params";
import { apiProblem } from "@/lib/public-api/problem";
import { publicGet, readOnly } from "@/lib/public-api/route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** One dataset with its committed editions (label, dates, counts, carried, based-on). */
export const GET = publicGet(async ({ query, origin }, { params }: Context) => {
  const [extra] = Object.keys(query);
  if (extra !== undefined)
    throw apiProblem("invalid_parameter", `Invalid \`${extra}\`: this endpoint takes no parameters.`, [
      { name: extra, reason: "not a parameter of this endpoint" },
    ]);
  const slug = ZSlug.safeParse((await params).slug);
  if (!slug.success) throw apiProblem("unknown_dataset", "There is no such dataset; GET /api/v1/datasets lists them.");
  return {
    key: `dataset:${slug.data}`,
    pinned: false,
    build: async () =>
      representation(JSON.stringify(await publicDataset(slug.data, origin)), "application/json", false),
  };
});
export const HEAD = GET;
export const OPTIONS = readOnly.OPTIONS;
export const [POST, PUT, PATCH, DELETE] = [readOnly.refuse, readOnly.refuse, readOnly.refuse, readOnly.refuse];
