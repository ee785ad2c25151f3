import { editorRoute } from "@/lib/api/editor-route";
import { getPool } from "@/lib/db/pool";
import { updateDataset, ZDatasetEdit } from "@/lib/import/datasets";

/** Edit a dataset's metadata (editors only). */
export const PUT = editorRoute(async (request, _editor, { params }: { params: Promise<{ slug: string }> }) => {
  const input = ZDatasetEdit.parse(await request.json().catch(() => ({})));
  return Response.json(await updateDataset(getPool(), (await params).slug, input));
});
