import type { ParseOverrides } from "../parse";
import { type CsvPreview, failedPreview, previewRecords } from "../preview";
import { CsvFileError } from "../issues";
import { chooseSheet, noSheetError, SHEET_SAMPLE_ROWS, type SheetSample } from "./sheet-choice";
import { rowCells } from "./xlsx-cells";

/**
 * The browser's preview of a workbook: exceljs loads it in the worker, the same sheet choice and cell reading as
 * the server's streaming reader pick the sheet and turn its first rows into text, and the same table reader checks
 * them.
 */
export async function previewWorkbook(
  file: string,
  bytes: ArrayBuffer,
  overrides: ParseOverrides = {},
): Promise<CsvPreview> {
  const base = {
    container: "xlsx" as const,
    sheet: null,
    sheets: [] as string[],
    encoding: "utf-8" as const,
    delimiter: "," as const,
    decimal: "." as const,
  };
  try {
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes).catch(() => {
      throw new CsvFileError({ file, line: 1, column: 0 }, "badWorkbook");
    });
    const samples: SheetSample[] = workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      rows: Array.from({ length: Math.min(sheet.rowCount, SHEET_SAMPLE_ROWS) }, (_, i) =>
        rowCells(sheet.getRow(i + 1)),
      ),
    }));
    const sheets = samples.map((s) => s.name);
    const sheet = chooseSheet(samples, overrides.sheet);
    if (!sheet) return failedPreview(noSheetError(file, overrides.sheet, sheets), { ...base, sheets });
    const records = samples.find((s) => s.name === sheet)!.rows;
    return previewRecords(`${file} [${sheet}]`, records, { ...base, sheet, sheets }, overrides);
  } catch (error) {
    return failedPreview(error, base);
  }
}
