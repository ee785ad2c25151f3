import { editorRoute } from "@/lib/api/editor-route";
import { parseEditionId } from "@/lib/api/params";
import { getPool } from "@/lib/db/pool";
import { commitEdition } from "@/lib/import/edition-lifecycle";

/** Make a reviewed upload current (editors only); 409 if another edition became current since the review. */
export const POST = editorRoute(async (_request, _editor, { params }: { params: Promise<{ id: string }> }, details) =>
  Response.json(await commitEdition(getPool(), (details.edition = parseEditionId((await params).id)))),
);
