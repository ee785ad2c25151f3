import { errorResponse } from "@/lib/api/responses";
import { parseEditionId } from "@/lib/api/params";
import { requireEditor } from "@/lib/auth/require-editor";
import { getPool } from "@/lib/db/pool";
import { discardStagedEdition } from "@/lib/import/edition-lifecycle";

/** Discard an upload under review (editors only). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  try {
    await discardStagedEdition(getPool(), parseEditionId((await params).id));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
