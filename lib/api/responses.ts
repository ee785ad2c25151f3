import "server-only";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { errorKind } from "../errors/codes";
import { isLostConnection } from "../errors/lost-connection";
import { log } from "../log/logger";

/** A refused or failed request as JSON: the message is for the user, the code and params for translation. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const { status, retryAfter } = errorKind(error.code);
    return Response.json(
      { error: error.message, code: error.code, params: error.params },
      { status, headers: retryAfter ? { "retry-after": String(retryAfter) } : {} },
    );
  }
  if (error instanceof z.ZodError) {
    return Response.json(
      { error: "Invalid request.", issues: error.issues.map((i) => ({ field: i.path.join("."), message: i.message })) },
      { status: errorKind("invalid_request").status },
    );
  }
  if (isLostConnection(error)) {
    return errorResponse(
      new AppError(
        "unavailable",
        "The database is unavailable right now; nothing was changed. Try again in a moment.",
        {},
        { cause: error },
      ),
    );
  }
  log.error({ err: error }, "request failed");
  return Response.json(
    { error: "The server could not complete this request; nothing was changed." },
    { status: errorKind("internal").status },
  );
}

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export { limitBytes, uploadTooLarge } from "./spool-upload";
