import { feedRoute } from "@/lib/public-api/feed-route";
import { apiProblem } from "@/lib/public-api/problem";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

/** /feed/<dataset>.xml: one dataset's Atom feed. */
export const GET = feedRoute(async ({ params }: Context) => {
  const slug = /^([a-z0-9][a-z0-9-]{0,63})\.xml$/.exec((await params).file)?.[1];
  if (!slug) throw apiProblem("not_found", "A dataset's feed is /feed/<dataset>.xml.");
  return slug;
});
export const HEAD = GET;
