/** A JSON body that was refused before parsing: wrong media type (415) or too large (413). */
export class RequestBodyError extends Error {
  constructor(
    readonly status: 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The parsed JSON body (null when it is not JSON), read only if it says `application/json` and only up to
 * `maxBytes`: a larger body is refused from its Content-Length, or as soon as more than that has arrived.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new RequestBodyError(415, "Send the request body as application/json.");
  const tooLarge = () => new RequestBodyError(413, `The request body is larger than ${maxBytes} bytes.`);
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
