import { errorResponse } from "@/lib/api/responses";
import { requireEditor } from "@/lib/auth/require-editor";
import { getPool } from "@/lib/db/pool";
import { commitEdition } from "@/lib/import/edition-lifecycle";
import { parseEditionId } from "@/lib/api/params";

/** Make a reviewed upload current (editors only); 409 if another edition became current since the review. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  try {
    return Response.json(await commitEdition(getPool(), parseEditionId((await params).id)));
  } catch (error) {
    return errorResponse(error);
  }
}
