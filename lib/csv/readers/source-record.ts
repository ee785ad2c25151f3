/** One row of a table as read from a CSV file or a worksheet: its cells as text and where it stands. */
export interface SourceRecord {
  cells: string[];
  /** 1-based physical line (CSV) or row number (worksheet) */
  line: number;
  /** each cell's font colour where a workbook gives one ("blue", "red"): publishers' legends give them meanings */
  colours?: (string | undefined)[];
}

/** What a reader hands the table reader: records in batches, one batch per chunk of input. */
export type RecordBatches = AsyncIterable<SourceRecord[]>;

export interface HeadBytes {
  bytes: Uint8Array;
  /** true when the head is the whole file */
  done: boolean;
}

export const SAMPLE_BYTES = 64 * 1024;

/** Reads up to SAMPLE_BYTES from the start of a stream: enough to detect the container, encoding and dialect. */
export async function readHead(iterator: AsyncIterator<Uint8Array>): Promise<HeadBytes> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) return { bytes: concat(chunks, size), done: true };
    chunks.push(next.value);
    size += next.value.length;
  }
  return { bytes: concat(chunks, size), done: false };
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

/** XLSX workbooks are ZIP archives: "PK\x03\x04". */
export const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
