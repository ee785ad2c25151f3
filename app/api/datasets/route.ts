import { editorRoute } from "@/lib/api/editor-route";
import { MAX_JSON_BYTES, readJsonBody } from "@/lib/api/json-body";
import { createDataset, ZNewDataset } from "@/lib/import/datasets";

export const dynamic = "force-dynamic";

/** Create a dataset (editors only). */
export const POST = editorRoute(async (request, _editor, _context, details) => {
  const input = ZNewDataset.parse(await readJsonBody(request, MAX_JSON_BYTES));
  details.dataset = input.slug;
  return Response.json(await createDataset(input), { status: 201 });
});
