import { editionIdOf } from "@/lib/dashboard/state/edition-id";
import { getEditionFigures } from "@/lib/queries/get-edition-figures";

type Context = { params: Promise<{ slug: string; id: string }> };

/**
 * Every figure of one committed edition, packed (lib/dashboard/series/edition-figures.ts): the dashboard fetches it once
 * after the page has loaded, then redraws on each toggle without asking again. An edition never changes, so the
 * answer may be kept; which edition is current is decided by the page, not here.
 */
export async function GET(_request: Request, { params }: Context) {
  const { slug, id } = await params;
  const editionId = editionIdOf(id);
  const found = editionId === null ? null : await getEditionFigures(slug, editionId);
  if (!found) return Response.json({ error: `No committed edition ${id} in dataset "${slug}".` }, { status: 404 });
  return Response.json(found, { headers: { "cache-control": "public, max-age=86400" } });
}
