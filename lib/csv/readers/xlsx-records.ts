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
/** A batch ends at this many cells too: a sheet of rows 16,000 cells wide still moves on (and says how far it got). */
const BATCH_CELLS = 100_000;

/** A workbook up to this size is read in memory; a larger one is spooled to a temporary file first. */
export const IN_MEMORY_BYTES = 16 * 1024 * 1024;

/**
 * An XLSX workbook arriving as a stream (an upload, a file). Its central directory is at its end, so it must be whole
 * before it can be read: kept in memory up to IN_MEMORY_BYTES, else spooled to a temporary file whose parts are then
 * read at their offsets, so memory stays flat however large the workbook. The temporary file goes when the records
 * have been read, or at once when the workbook is refused.
 */
export async function openWorkbook(file: string, head: HeadBytes, rest: AsyncIterator<Uint8Array>, wanted?: string) {
  const chunks: Uint8Array[] = [head.bytes];
  let size = head.bytes.length;
  let done = head.done;
  while (!done && size <= IN_MEMORY_BYTES) {
    const next = await rest.next();
    if (next.done) done = true;
    else {
      chunks.push(next.value);
      size += next.value.length;
    }
  }
  if (done) {
    const bytes = concat(chunks, size);
    const book = await openWorkbookSource(memoryAccess(bytes), file, wanted);
    return { ...book, records: batches(book.records, () => Promise.resolve()) };
  }
  return spooled(file, chunks, rest, wanted);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

const memoryAccess = (bytes: Uint8Array): RandomAccess => ({
  size: bytes.length,
  read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
});

async function spooled(file: string, first: Uint8Array[], rest: AsyncIterator<Uint8Array>, wanted?: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dsd-xlsx-"));
  const spool = path.join(dir, "book.xlsx");
  const cleanUp = () => rm(dir, { recursive: true, force: true });
  async function* all() {
    yield* first;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  }
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    await pipeline(Readable.from(all()), createWriteStream(spool));
    handle = await open(spool, "r");
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

/** The sheet's rows in batches of BATCH_ROWS (or BATCH_CELLS); `done` runs however the reading ends. */
async function* batches(
  rows: AsyncIterable<SourceRecord[]>,
  done: () => Promise<void>,
): AsyncGenerator<SourceRecord[]> {
  try {
    let batch: SourceRecord[] = [];
    let cells = 0;
    for await (const some of rows) {
      for (const row of some) {
        batch.push(row);
        cells += row.cells.length;
        if (batch.length >= BATCH_ROWS || cells >= BATCH_CELLS) {
          yield batch.splice(0);
          cells = 0;
        }
      }
    }
    if (batch.length > 0) yield batch;
    batch = [];
  } finally {
    await done();
  }
}
