import { AppError } from "../errors/app-error";

/**
 * The parsed JSON body (null when it is not JSON), read only if it says `application/json` and only up to
 * `maxBytes`: a larger body is refused from its Content-Length, or as soon as more than that has arrived.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    throw new AppError("unsupported_media_type", "Send the request body as application/json.");
  const tooLarge = () =>
    new AppError("body_too_large", `The request body is larger than ${maxBytes} bytes.`, { max: maxBytes });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of (request.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return null;
  }
}

/** Dataset edits and the like: descriptions are a few KB at most. */
export const MAX_JSON_BYTES = 64 * 1024;
