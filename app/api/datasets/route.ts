import { errorResponse } from "@/lib/api/responses";
import { requireEditor } from "@/lib/auth/require-editor";
import { createDataset, ZNewDataset } from "@/lib/import/datasets";
import { getPool } from "@/lib/db/pool";

/** Create a dataset (editors only). */
export async function POST(request: Request) {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  try {
    const input = ZNewDataset.parse(await request.json().catch(() => ({})));
    return Response.json(await createDataset(getPool(), input), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
export const dynamic = "force-dynamic";
