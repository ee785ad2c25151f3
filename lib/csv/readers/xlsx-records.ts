import { createWriteStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { HeadBytes, SourceRecord } from "./source-record";
import { openWorkbookSource } from "./workbook";
import type { RandomAccess } from "./zip-archive";

const BATCH_ROWS = 500;

/**
 * An XLSX workbook arriving as a stream (an upload, a file): spooled to a temporary file, whose central directory
 * then gives each part at its offset, so memory stays flat however large the workbook. The temporary file goes when
 * the records have been read, or at once when the workbook is refused.
 */
export async function openWorkbook(file: string, head: HeadBytes, rest: AsyncIterator<Uint8Array>, wanted?: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dsd-xlsx-"));
  const spooled = path.join(dir, "book.xlsx");
  const cleanUp = () => rm(dir, { recursive: true, force: true });
  async function* all() {
    yield head.bytes;
    if (!head.done) for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  }
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    await pipeline(Readable.from(all()), createWriteStream(spooled));
    handle = await open(spooled, "r");
    const book = await openWorkbookSource(await fileAccess(handle), file, wanted);
    const opened = handle;
    return { ...book, records: batches(book.records, () => opened.close().finally(cleanUp)) };
  } catch (error) {
    await handle?.close();
    await cleanUp();
    throw error;
  }
}

async function fileAccess(handle: Awaited<ReturnType<typeof open>>): Promise<RandomAccess> {
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    },
  };
}

/** The sheet's rows in batches of BATCH_ROWS; `done` runs however the reading ends. */
async function* batches(
  rows: AsyncIterable<SourceRecord[]>,
  done: () => Promise<void>,
): AsyncGenerator<SourceRecord[]> {
  try {
    let batch: SourceRecord[] = [];
    for await (const some of rows) {
      batch.push(...some);
      if (batch.length >= BATCH_ROWS) yield batch.splice(0);
    }
    if (batch.length > 0) yield batch;
    batch = [];
  } finally {
    await done();
  }
}
