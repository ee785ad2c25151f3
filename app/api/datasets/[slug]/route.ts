import { errorResponse } from "@/lib/api/responses";
import { requireEditor } from "@/lib/auth/require-editor";
import { getPool } from "@/lib/db/pool";
import { updateDataset, ZDatasetEdit } from "@/lib/import/datasets";

/** Edit a dataset's metadata (editors only). */
export async function PUT(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  try {
    const input = ZDatasetEdit.parse(await request.json().catch(() => ({})));
    return Response.json(await updateDataset(getPool(), (await params).slug, input));
  } catch (error) {
    return errorResponse(error);
  }
}
