import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { encodeRowsLine } from "../db/rows-file";
import type { ParseOverrides, ParseResult } from "../csv/parse";
import { parseInWorker } from "./parse-in-worker";

export interface ParsedFile {
  parse: ParseResult;
  sha256: string;
}

/**
 * Reads and checks a file with no database connection and no lock: its valid figures go to `rowsFile` (COPY text,
 * one line each), so memory stays constant whatever the file's size. Throws CsvFileError for a file that is not a
 * table at all,
 * or one that exceeds the parse limits (PARSE_LIMITS).
 */
export async function parseToRowsFile(
  fileName: string,
  source: AsyncIterable<Uint8Array>,
  rowsFile: string,
  overrides?: ParseOverrides,
  onProgress?: (bytes: number) => void,
): Promise<ParsedFile> {
  const hash = createHash("sha256");
  const out = createWriteStream(rowsFile);
  try {
    // in a worker thread with its own memory and time limits: a hostile file costs a refusal, not the process
    const parse = await parseInWorker(
      fileName,
      tap(source, hash, onProgress),
      async (batch) => {
        let text = "";
        for (const o of batch) text += encodeRowsLine(o);
        if (!out.write(text)) await once(out, "drain");
      },
      overrides,
    );
    out.end();
    await finished(out);
    return { parse, sha256: hash.digest("hex") };
  } finally {
    out.destroy();
  }
}

async function* tap(
  source: AsyncIterable<Uint8Array>,
  hash: ReturnType<typeof createHash>,
  onProgress?: (bytes: number) => void,
) {
  let bytes = 0;
  for await (const chunk of source) {
    hash.update(chunk);
    bytes += chunk.length;
    onProgress?.(bytes);
    yield chunk;
  }
}
