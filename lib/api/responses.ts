import "server-only";
import { z } from "zod";
import { EditionLifecycleError } from "../import/edition-lifecycle";
import { ImportError } from "../import/errors";

/** Typed domain errors to HTTP: the message is for the user, the status for the client. */
export function errorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) {
    return Response.json({ error: "Invalid request.", issues: error.issues.map((i) => ({ field: i.path.join("."), message: i.message })) }, { status: 422 });
  }
  if (error instanceof ImportError) {
    const status = { unknown_dataset: 404, duplicate_label: 409, duplicate_dataset: 409, invalid_request: 422 }[error.code];
    return Response.json({ error: error.message, code: error.code }, { status });
  }
  if (error instanceof EditionLifecycleError) {
    const status = { not_found: 404, conflict: 409, not_staged: 409, not_committed: 409 }[error.code];
    return Response.json({ error: error.message, code: error.code }, { status });
  }
  if (error instanceof UploadTooLargeError) return Response.json({ error: error.message }, { status: 413 });
  console.error(error);
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
