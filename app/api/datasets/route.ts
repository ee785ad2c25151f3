import { editorRoute } from "@/lib/api/editor-route";
import { getPool } from "@/lib/db/pool";
import { createDataset, ZNewDataset } from "@/lib/import/datasets";

export const dynamic = "force-dynamic";

/** Create a dataset (editors only). */
export const POST = editorRoute(async (request) => {
  const input = ZNewDataset.parse(await request.json().catch(() => ({})));
  return Response.json(await createDataset(getPool(), input), { status: 201 });
});
