import { z } from "zod";
import { editorRoute } from "@/lib/api/editor-route";
import { parseEditionId } from "@/lib/api/params";
import { getPool } from "@/lib/db/pool";
import { commitEdition } from "@/lib/import/edition-lifecycle";

const ZCommit = z.object({ confirmRemovals: z.number().int().min(0).optional() });

/**
 * Make a reviewed upload current (editors only); 409 if another edition became current since the review, or if it
 * removes figures and the body does not confirm how many ({ "confirmRemovals": n }).
 */
export const POST = editorRoute(async (request, _editor, { params }: { params: Promise<{ id: string }> }) => {
  const text = await request.text();
  const body = ZCommit.parse(text.trim() === "" ? {} : parseJson(text));
  return Response.json(await commitEdition(getPool(), parseEditionId((await params).id), body.confirmRemovals));
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // refused by the schema: 422
  }
}
