import type { ParseOverrides } from "../parse";
import { type CsvPreview, failedPreview, previewRecords } from "../preview";
import { CsvFileError } from "../issues";
import { chooseSheet, type SheetSample } from "./sheet-choice";
import { cellText } from "./xlsx-cells";

const SAMPLE_ROWS = 40;

/**
 * The browser's preview of a workbook: exceljs loads it in the worker, the same sheet choice and cell reading as
 * the server's streaming reader pick the sheet and turn its first rows into text, and the same table reader checks
 * them.
 */
export async function previewWorkbook(file: string, bytes: ArrayBuffer, overrides: ParseOverrides = {}): Promise<CsvPreview> {
  const base = { container: "xlsx" as const, sheet: null, sheets: [] as string[], encoding: "utf-8" as const, delimiter: "," as const, decimal: "." as const };
  try {
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes).catch(() => {
      throw new CsvFileError({ file, line: 1, column: 0 }, "badWorkbook");
    });
    const samples: SheetSample[] = workbook.worksheets.map((sheet) => {
      const rows: string[][] = [];
      for (let r = 1; r <= Math.min(sheet.rowCount, SAMPLE_ROWS); r++) {
        const cells: string[] = [];
        sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, column) => void (cells[column - 1] = cellText(cell.value, cell.numFmt)));
        rows.push(Array.from(cells, (c) => c ?? ""));
      }
      return { name: sheet.name, rows };
    });
    const sheets = samples.map((s) => s.name);
    const sheet = chooseSheet(samples, overrides.sheet);
    if (!sheet) {
      const code = overrides.sheet ? "sheetNotFound" : "noShareSheet";
      return failedPreview(new CsvFileError({ file, line: 1, column: 0 }, code, { sheet: overrides.sheet ?? "", sheets: sheets.join(", ") }), { ...base, sheets });
    }
    const records = samples.find((s) => s.name === sheet)!.rows;
    return previewRecords(`${file} [${sheet}]`, records, { ...base, sheet, sheets }, overrides);
  } catch (error) {
    return failedPreview(error, base);
  }
}
