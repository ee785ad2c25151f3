import { editorRoute } from "@/lib/api/editor-route";
import { parseEditionId } from "@/lib/api/params";
import { makeEditionCurrent } from "@/lib/import/edition-lifecycle";

/** Roll back (or forward): make an earlier committed edition current again (editors only). */
export const POST = editorRoute(async (_request, _editor, { params }: { params: Promise<{ id: string }> }, details) =>
  Response.json(await makeEditionCurrent((details.edition = parseEditionId((await params).id)))),
);
