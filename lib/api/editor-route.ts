import "server-only";
import { requireEditor } from "../auth/require-editor";
import { dataChanged } from "../db/health";
import { log } from "../log/logger";
import { errorResponse } from "./responses";
import { refuseCrossSite } from "./write-guard";

/** What a write handler adds to its log line (dataset, edition, rows…); never file contents. */
export type WriteDetails = Record<string, string | number | boolean | null | undefined>;

/**
 * A write endpoint: the origin check (403) and the editor check (401) run before the handler, and the handler's
 * typed domain errors become HTTP responses. Every route that changes data is built with this, and each write is
 * logged as one line (editor, route, status, time, the handler's details). After a write, the next page request
 * reads the data version again, so the editor sees the change at once (cached pages, proxy.ts).
 */
export function editorRoute<Context>(
  handler: (request: Request, editor: string, context: Context, details: WriteDetails) => Promise<Response>,
) {
  return async (request: Request, context: Context): Promise<Response> => {
    const refused = refuseCrossSite(request);
    if (refused) return refused;
    const editor = await requireEditor();
    if (editor instanceof Response) return editor;
    const started = performance.now();
    const details: WriteDetails = {};
    let response: Response;
    try {
      response = await handler(request, editor, context, details);
      if (response.ok) dataChanged();
    } catch (error) {
      response = errorResponse(error);
    }
    const ms = Math.round(performance.now() - started);
    log.info(
      {
        event: "write",
        editor,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms,
        ...details,
      },
      "write",
    );
    return response;
  };
}
