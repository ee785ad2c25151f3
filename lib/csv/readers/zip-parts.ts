import type { Readable } from "node:stream";
import yauzl from "yauzl";

/**
 * The parts of a ZIP archive (an XLSX workbook) by name, read through its central directory (yauzl): each part is
 * opened as a stream when asked for, in any order, and inflated as it is read; nothing is held whole.
 */
export class ZipParts {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(file: string): Promise<ZipParts> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, z) => (error ? reject(error) : resolve(z))),
    );
    const entries = new Map<string, yauzl.Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on("entry", (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on("end", resolve);
      zip.on("error", reject);
      zip.readEntry();
    });
    return new ZipParts(zip, entries);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  async open(name: string): Promise<Readable | undefined> {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    return new Promise((resolve, reject) =>
      this.zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
    );
  }

  close(): void {
    this.zip.close();
  }
}
