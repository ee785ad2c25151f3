import "server-only";
import { requireEditor } from "../auth/require-editor";
import { errorResponse } from "./responses";

/**
 * A write endpoint: the editor check runs before the handler (401/403 without a valid session), and the handler's
 * typed domain errors become HTTP responses. Every route that changes data is built with this.
 */
export function editorRoute<Context>(handler: (request: Request, editor: string, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const editor = await requireEditor(request);
    if (editor instanceof Response) return editor;
    try {
      return await handler(request, editor, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
