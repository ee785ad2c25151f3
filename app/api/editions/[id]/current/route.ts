import { errorResponse } from "@/lib/api/responses";
import { parseEditionId } from "@/lib/api/params";
import { requireEditor } from "@/lib/auth/require-editor";
import { getPool } from "@/lib/db/pool";
import { makeEditionCurrent } from "@/lib/import/edition-lifecycle";

/** Roll back (or forward): make an earlier committed edition current again (editors only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  try {
    return Response.json(await makeEditionCurrent(getPool(), parseEditionId((await params).id)));
  } catch (error) {
    return errorResponse(error);
  }
}
