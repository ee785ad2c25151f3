import { z } from "zod";
import { editorRoute } from "@/lib/api/editor-route";
import { MAX_JSON_BYTES, readJsonBody } from "@/lib/api/json-body";
import { parseEditionId } from "@/lib/api/params";
import { commitEdition } from "@/lib/import/edition-lifecycle";

const ZCommit = z.object({ confirmRemovals: z.number().int().min(0).optional() });

/**
 * Make a reviewed upload current (editors only); 409 if another edition became current since the review, or if it
 * removes figures and the JSON body does not confirm how many ({ "confirmRemovals": n }). No body confirms nothing.
 */
export const POST = editorRoute(async (request, _editor, { params }: { params: Promise<{ id: string }> }, details) => {
  const body = ZCommit.parse(
    request.headers.get("content-type") === null ? {} : await readJsonBody(request, MAX_JSON_BYTES),
  );
  return Response.json(
    await commitEdition((details.edition = parseEditionId((await params).id)), body.confirmRemovals),
  );
});
