import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvFileError } from "../issues";
import { rowCells } from "./xlsx-cells";
import { chooseSheet, noSheetError, SHEET_SAMPLE_ROWS, type SheetSample } from "./sheet-choice";
import type { HeadBytes, SourceRecord } from "./source-record";
import { WorkbookStream } from "./xlsx-workbook-reader";

const BATCH_ROWS = 500;

/**
 * An XLSX workbook, read with exceljs's streaming reader (memory stays flat on large workbooks). The bytes are
 * spooled to a temporary file first: the sheet is chosen after a look at every sheet, then read in a second pass.
 */
export async function openWorkbook(file: string, head: HeadBytes, rest: AsyncIterator<Uint8Array>, wanted?: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dsd-xlsx-"));
  const spooled = path.join(dir, "book.xlsx");
  async function* all() {
    yield head.bytes;
    if (!head.done) for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  }
  try {
    await pipeline(Readable.from(all()), createWriteStream(spooled));
    const samples = await sampleSheets(file, spooled);
    const sheet = chooseSheet(samples, wanted);
    const names = samples.map((s) => s.name);
    if (!sheet) throw noSheetError(file, wanted, names);
    const part = samples.find((s) => s.name === sheet)!.part;
    return {
      sheet,
      sheets: names,
      records: sheetRecords(spooled, part, () => rm(dir, { recursive: true, force: true })),
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The first rows of every sheet, in the workbook's order of sheets. */
async function sampleSheets(file: string, spooled: string): Promise<(SheetSample & { part: string })[]> {
  const rowsByPart = new Map<string, string[][]>();
  const book = new WorkbookStream(spooled);
  try {
    for await (const sheet of book.sheets()) {
      const rows: string[][] = [];
      for await (const row of sheet) if (rows.length < SHEET_SAMPLE_ROWS) rows.push(rowCells(row));
      rowsByPart.set(sheet.part, rows);
    }
  } catch {
    throw new CsvFileError({ file, line: 1, column: 0 }, "badWorkbook");
  }
  return book.sheetNames().map(({ part, name }) => ({ part, name, rows: rowsByPart.get(part) ?? [] }));
}

async function* sheetRecords(
  spooled: string,
  part: string,
  cleanUp: () => Promise<void>,
): AsyncGenerator<SourceRecord[]> {
  try {
    for await (const sheet of new WorkbookStream(spooled).sheets()) {
      let batch: SourceRecord[] = [];
      for await (const row of sheet) {
        if (sheet.part !== part) continue; // other sheets are read past, not kept
        batch.push({ cells: rowCells(row), line: row.number });
        if (batch.length >= BATCH_ROWS) yield batch.splice(0);
      }
      if (batch.length > 0) yield batch;
      batch = [];
    }
  } finally {
    await cleanUp();
  }
}
