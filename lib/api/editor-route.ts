import "server-only";
import { requireEditor } from "../auth/require-editor";
import { dataChanged } from "../db/health";
import { errorResponse } from "./responses";

/**
 * A write endpoint: the editor check runs before the handler (401/403 without a valid session), and the handler's
 * typed domain errors become HTTP responses. Every route that changes data is built with this. After a write, the
 * next page request reads the data version again, so the editor sees the change at once (cached pages, proxy.ts).
 */
export function editorRoute<Context>(handler: (request: Request, editor: string, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const editor = await requireEditor(request);
    if (editor instanceof Response) return editor;
    try {
      const response = await handler(request, editor, context);
      if (response.ok) dataChanged();
      return response;
    } catch (error) {
      return errorResponse(error);
    }
  };
}
