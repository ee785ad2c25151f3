import { editorRoute } from "@/lib/api/editor-route";
import { MAX_JSON_BYTES, readJsonBody } from "@/lib/api/json-body";
import { updateDataset, ZDatasetEdit } from "@/lib/import/datasets";

/** Edit a dataset's metadata (editors only). */
export const PUT = editorRoute(async (request, _editor, { params }: { params: Promise<{ slug: string }> }, details) => {
  details.dataset = (await params).slug;
  const input = ZDatasetEdit.parse(await readJsonBody(request, MAX_JSON_BYTES));
  return Response.json(await updateDataset((await params).slug, input));
});
