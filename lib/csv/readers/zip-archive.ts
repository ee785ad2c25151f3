import { Inflate } from "fflate";
import { fileError, isFileError } from "../issues";

/** Bytes that can be read at any offset: a file on disk (server) or a dropped file in memory (browser). */
export interface RandomAccess {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

interface ZipEntry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

const CHUNK = 64 * 1024;
/** Inflated bytes handed on at a time: one compressed chunk can inflate a thousandfold. */
const INFLATED_CHUNK = 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The parts of a ZIP archive (an XLSX workbook) by name, read through its central directory: each part is inflated
 * as a stream when asked for, in any order, and nothing is held whole. Runs in Node and in browsers alike. ZIP64, encrypted and unknown compression methods are refused as damaged workbooks.
 */
export class ZipArchive {
  private constructor(
    private readonly source: RandomAccess,
    private readonly file: string,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(source: RandomAccess, file: string): Promise<ZipArchive> {
    const bad = () => fileError({ file, line: 1, column: 0 }, "badWorkbook");
    const tailLength = Math.min(source.size, 22 + 0xffff);
    const tail = await source.read(source.size - tailLength, tailLength);
    const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0 && at < 0; i--) if (view.getUint32(i, true) === EOCD) at = i;
    if (at < 0) throw bad();
    const count = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (count === 0xffff || offset === 0xffffffff || offset + size > source.size) throw bad();
    const directory = await source.read(offset, size);
    const dir = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
    const names = new TextDecoder();
    const entries = new Map<string, ZipEntry>();
    for (let p = 0, n = 0; n < count; n++) {
      if (p + 46 > directory.length || dir.getUint32(p, true) !== CENTRAL) throw bad();
      const flags = dir.getUint16(p + 8, true);
      const nameLength = dir.getUint16(p + 28, true);
      const entry = {
        method: dir.getUint16(p + 10, true),
        compressedSize: dir.getUint32(p + 20, true),
        localOffset: dir.getUint32(p + 42, true),
      };
      if (flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw bad();
      entries.set(names.decode(directory.subarray(p + 46, p + 46 + nameLength)), entry);
      p += 46 + nameLength + dir.getUint16(p + 30, true) + dir.getUint16(p + 32, true);
    }
    return new ZipArchive(source, file, entries);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * A part's bytes, inflated chunk by chunk. More than maxBytes inflated is refused (a small archive can inflate to
   * gigabytes); stopping early releases the inflater.
   */
  async *part(name: string, maxBytes: number): AsyncGenerator<Uint8Array> {
    const entry = this.entries.get(name);
    if (!entry) return;
    const where = { file: this.file, line: 1, column: 0 };
    const head = await this.source.read(entry.localOffset, 30);
    const local = new DataView(head.buffer, head.byteOffset, head.byteLength);
    if (head.length < 30 || local.getUint32(0, true) !== LOCAL) throw fileError(where, "badWorkbook");
    const start = entry.localOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
    const compressed = this.compressed(start, entry.compressedSize);
    const inflated = entry.method === 0 ? compressed : inflate(compressed);
    let total = 0;
    try {
      for await (const chunk of inflated) {
        total += chunk.length;
        if (total > maxBytes) throw fileError(where, "workbookPartTooLarge", { part: name, max: maxBytes });
        for (let at = 0; at < chunk.length; at += INFLATED_CHUNK) yield chunk.subarray(at, at + INFLATED_CHUNK);
      }
    } catch (error) {
      if (isFileError(error)) throw error;
      throw fileError(where, "badWorkbook");
    }
  }

  private async *compressed(start: number, size: number): AsyncGenerator<Uint8Array> {
    for (let offset = 0; offset < size; offset += CHUNK)
      yield await this.source.read(start + offset, Math.min(CHUNK, size - offset));
  }
}

/**
 * Raw DEFLATE, inflated as it is read (fflate, synchronous, the same in Node and browsers: no round trip through a
 * thread pool per chunk); stopping early leaves the rest unread.
 */
async function* inflate(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => void out.push(chunk));
  for await (const chunk of input) {
    inflater.push(chunk);
    if (out.length > 0) yield* out.splice(0);
  }
  inflater.push(new Uint8Array(0), true);
  yield* out;
  out = [];
}
