import { isFileError } from "../issues";
import type { ParseOverrides } from "../parse";
import { type CsvPreview, failedPreview, previewRecords } from "../preview";
import { checkTable, type TableCheck } from "../table-check";
import { openWorkbookSource } from "./workbook";

const base = {
  container: "xlsx" as const,
  sheet: null,
  sheets: [] as string[],
  encoding: "utf-8" as const,
  delimiter: "," as const,
  decimal: "." as const,
};

/**
 * The browser's preview of a workbook, read with the same workbook reader, sheet choice and row validation as the
 * server: the chosen sheet's first rows, then (`check`) the whole sheet read through the import's validation.
 */
export async function previewWorkbook(
  file: string,
  bytes: ArrayBuffer,
  overrides: ParseOverrides = {},
): Promise<{ preview: CsvPreview; check: Promise<TableCheck | null> }> {
  const all = new Uint8Array(bytes);
  const source = {
    size: all.length,
    read: (offset: number, length: number) => Promise.resolve(all.subarray(offset, offset + length)),
  };
  try {
    const book = await openWorkbookSource(source, file, overrides.sheet);
    const name = `${file} [${book.sheet}]`;
    const preview = previewRecords(name, book.sample, { ...base, sheet: book.sheet, sheets: book.sheets }, overrides);
    const { unit, measure, skipUnknown } = overrides;
    return { preview, check: checkTable(name, book.records, ".", { unit, measure, skipUnknown }) };
  } catch (error) {
    // a workbook whose sheet was not found still lists its sheets, so the editor can choose one
    const listed = isFileError(error) ? error.issue.params?.sheets : undefined;
    const sheets = typeof listed === "string" && listed !== "" ? listed.split(", ") : [];
    return { preview: failedPreview(error, { ...base, sheets }), check: Promise.resolve(null) };
  }
}
