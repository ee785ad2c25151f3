import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { ParseOverrides, ParseResult } from "../csv/parse";
import { parseInWorkerToRows } from "./parse-in-worker";

export interface ParsedFile {
  parse: ParseResult;
  sha256: string;
}

/**
 * Reads and checks a file in the parse worker (its own memory and time limits: a hostile file costs a refusal, not
 * the process), handing `sink` each batch of its valid figures as COPY text lines (lib/db/rows-file.ts) while it
 * reads on; memory stays constant whatever the file's size. Throws CsvFileError for a file that is not a table at
 * all, or one that exceeds the parse limits (PARSE_LIMITS).
 */
export function readFigures(
  fileName: string,
  source: AsyncIterable<Uint8Array>,
  sink: (rows: Uint8Array) => Promise<void>,
  overrides?: ParseOverrides,
  onProgress?: (bytes: number) => void,
): Promise<ParsedFile> {
  const hash = createHash("sha256");
  return parseInWorkerToRows(fileName, tap(source, hash, onProgress), sink, overrides).then((parse) => ({
    parse,
    sha256: hash.digest("hex"),
  }));
}

/** The same, the figures into `rowsFile`, with no database connection and no lock. */
export async function parseToRowsFile(
  fileName: string,
  source: AsyncIterable<Uint8Array>,
  rowsFile: string,
  overrides?: ParseOverrides,
  onProgress?: (bytes: number) => void,
): Promise<ParsedFile> {
  const out = createWriteStream(rowsFile);
  try {
    const parsed = await readFigures(
      fileName,
      source,
      async (rows) => {
        if (!out.write(rows)) await once(out, "drain");
      },
      overrides,
      onProgress,
    );
    out.end();
    await finished(out);
    return parsed;
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
