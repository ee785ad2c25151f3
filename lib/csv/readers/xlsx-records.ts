import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import { CsvFileError } from "../issues";
import { cellText } from "./xlsx-cells";
import { chooseSheet, type SheetSample } from "./sheet-choice";
import type { HeadBytes, SourceRecord } from "./source-record";

const SAMPLE_ROWS = 40;
const BATCH_ROWS = 500;
const READER_OPTIONS = { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" } as const;

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
    if (!sheet) {
      const code = wanted ? "sheetNotFound" : "noShareSheet";
      throw new CsvFileError({ file, line: 0, column: 0 }, code, { sheet: wanted ?? "", sheets: names.join(", ") });
    }
    return { sheet, sheets: names, records: sheetRecords(spooled, sheet, () => rm(dir, { recursive: true, force: true })) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function sampleSheets(file: string, spooled: string): Promise<SheetSample[]> {
  const samples: SheetSample[] = [];
  try {
    for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(spooled, READER_OPTIONS)) {
      const rows: string[][] = [];
      for await (const row of sheet) if (rows.length < SAMPLE_ROWS) rows.push(rowCells(row as ExcelJS.Row));
      samples.push({ name: (sheet as unknown as { name: string }).name, rows });
    }
  } catch {
    throw new CsvFileError({ file, line: 0, column: 0 }, "badWorkbook");
  }
  return samples;
}

async function* sheetRecords(spooled: string, wanted: string, cleanUp: () => Promise<void>): AsyncGenerator<SourceRecord[]> {
  try {
    for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(spooled, READER_OPTIONS)) {
      const mine = (sheet as unknown as { name: string }).name === wanted;
      let batch: SourceRecord[] = [];
      for await (const row of sheet) {
        if (!mine) continue;
        batch.push({ cells: rowCells(row as ExcelJS.Row), line: (row as ExcelJS.Row).number });
        if (batch.length >= BATCH_ROWS) yield batch.splice(0);
      }
      if (batch.length > 0) yield batch;
      batch = [];
    }
  } finally {
    await cleanUp();
  }
}

/** A row's cells as text, empty cells kept so that column numbers match the sheet's. */
function rowCells(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cells[column - 1] = cellText(cell.value, cell.numFmt);
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= "";
  return cells;
}
