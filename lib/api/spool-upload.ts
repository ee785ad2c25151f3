import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { AppError } from "../errors/app-error";

/** An upload must have arrived whole within this time (50 MB at 3.4 Mbit/s); a slower one is refused. */
export const UPLOAD_SECONDS = 120;

export interface SpooledUpload {
  file: string;
  discard: () => Promise<void>;
}

/**
 * Writes a request body to a temporary file before anything else happens: no database connection, lock or parse
 * waits for a slow client. More than `maxBytes`, or not complete within `seconds`, is refused and the file removed.
 */
export async function spoolUpload(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  seconds = UPLOAD_SECONDS,
): Promise<SpooledUpload> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dsd-upload-"));
  const discard = () => rm(dir, { recursive: true, force: true });
  const file = path.join(dir, "body");
  const out = createWriteStream(file);
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError(
            "upload_too_slow",
            `The file did not arrive within ${seconds} s, the upload time limit; nothing was changed.`,
            { seconds },
          ),
        ),
      seconds * 1000,
    );
  });
  expired.catch(() => {});
  try {
    let total = 0;
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), expired]);
      if (done) break;
      total += value.length;
      if (total > maxBytes) throw uploadTooLarge(maxBytes);
      if (!out.write(value)) await Promise.race([once(out, "drain"), expired]);
    }
    out.end();
    await Promise.race([finished(out), expired]);
    return { file, discard };
  } catch (error) {
    await reader.cancel().catch(() => {});
    out.destroy();
    await discard();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export const uploadTooLarge = (limit: number) =>
  new AppError("upload_too_large", `The file is larger than ${Math.round(limit / 1024 / 1024)} MB, the upload limit.`, {
    max: limit,
  });

/** Passes a request body through, failing once more than `limit` bytes arrived (for uploads without Content-Length). */
export async function* limitBytes(body: ReadableStream<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > limit) throw uploadTooLarge(limit);
    yield chunk;
  }
}
