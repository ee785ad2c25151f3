import "server-only";
import { z } from "zod";
import { EditionLifecycleError } from "../import/edition-lifecycle";
import { ImportError } from "../import/errors";
import { ScryptBusyError } from "../auth/scrypt-gate";
import { log } from "../log/logger";
import { RequestBodyError } from "./json-body";

/** Typed domain errors to HTTP: the message is for the user, the status for the client. */
export function errorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) {
    return Response.json(
      { error: "Invalid request.", issues: error.issues.map((i) => ({ field: i.path.join("."), message: i.message })) },
      { status: 422 },
    );
  }
  if (error instanceof ImportError) {
    const status = {
      unknown_dataset: 404,
      duplicate_label: 409,
      duplicate_dataset: 409,
      invalid_request: 422,
      would_remove: 409,
    }[error.code];
    return Response.json({ error: error.message, code: error.code, params: error.params }, { status });
  }
  if (error instanceof EditionLifecycleError) {
    const status = { not_found: 404, conflict: 409, not_staged: 409, not_committed: 409, confirm_removals: 409 }[
      error.code
    ];
    return Response.json({ error: error.message, code: error.code, params: error.params }, { status });
  }
  if (error instanceof UploadTooLargeError) return Response.json({ error: error.message }, { status: 413 });
  if (error instanceof RequestBodyError) return Response.json({ error: error.message }, { status: error.status });
  if (error instanceof ScryptBusyError)
    return Response.json({ error: error.message }, { status: 503, headers: { "retry-after": "1" } });
  if (isConnectionError(error)) {
    return Response.json(
      { error: "The database is unavailable right now; nothing was changed. Try again in a moment." },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
  log.error({ err: error }, "request failed");
  return Response.json({ error: "The server could not complete this request; nothing was changed." }, { status: 500 });
}

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export class UploadTooLargeError extends Error {
  constructor(limit: number) {
    super(`The file is larger than ${Math.round(limit / 1024 / 1024)} MB, the upload limit.`);
  }
}

/** Passes a request body through, failing once more than `limit` bytes arrived (for uploads without Content-Length). */
export async function* limitBytes(body: ReadableStream<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > limit) throw new UploadTooLargeError(limit);
    yield chunk;
  }
}

/** The database could not be reached or went away mid-request (refused, reset, shutting down, timed out). */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  return (
    ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08003", "08006"].includes(
      code,
    ) || /Connection terminated|timeout exceeded when trying to connect/i.test((error as Error | null)?.message ?? "")
  );
}
