import { editorRoute } from "@/lib/api/editor-route";
import { parseEditionId } from "@/lib/api/params";
import { discardStagedEdition } from "@/lib/import/edition-lifecycle";

/** Discard an upload under review (editors only). */
export const DELETE = editorRoute(
  async (_request, _editor, { params }: { params: Promise<{ id: string }> }, details) => {
    await discardStagedEdition((details.edition = parseEditionId((await params).id)));
    return new Response(null, { status: 204 });
  },
);
