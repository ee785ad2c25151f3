import { fileError } from "../issues";
import { MAX_COLUMNS } from "../limits";
import { MAX_STRING_CHARS } from "./shared-strings";
import type { SourceRecord } from "./source-record";
import type { CellStyle } from "./workbook-styles";
import { timesHundred } from "./xlsx-cells";
import { parseAttributes, scanPart, XmlScanner } from "./xml-events";
import type { ZipArchive } from "./zip-archive";

/** A worksheet's XML inflated: far more than a table of every country and year (SIPRI's largest sheet: 0.7 MB). */
export const MAX_SHEET_BYTES = 256 * 1024 * 1024;
/** Rows a sheet may have (Excel's own limit): 60 MB of empty rows inflate from a 93 KB workbook. */
export const MAX_ROWS = 1_048_576;

export interface SheetContext {
  file: string;
  strings: readonly string[];
  styles: readonly CellStyle[];
  date1904: boolean;
}

/** "AB12" → 27 (0-based column); -1 when the reference has no letters. */
function columnOf(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length && i < 4; i++) {
    const c = reference.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  return i === 0 ? -1 : column - 1;
}

/** A date serial as YYYY-MM-DD (1900 system, with Excel's phantom 29 Feb 1900; or the 1904 system). */
function dateText(serial: number, date1904: boolean): string {
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(days) * 86_400_000);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

/**
 * An attribute of a cell element (r, s, t), read without building an object: a cell's attribute values are a
 * reference, a number or a type code, never text with quotes or spaces.
 */
function cellAttribute(attributes: string, name: string): string | undefined {
  let at = attributes.indexOf(` ${name}="`);
  let quote = '"';
  if (at < 0) {
    at = attributes.indexOf(` ${name}='`);
    quote = "'";
  }
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  const end = attributes.indexOf(quote, start);
  return end < 0 ? undefined : attributes.slice(start, end);
}

interface OpenCell {
  column: number;
  type: string;
  style: CellStyle | undefined;
  text: string[];
}

/**
 * One cell's text. A number formatted as a percentage is stored as a fraction (0.0137 shows as 1.4%): it becomes
 * percent at full stored precision, marked with "%" so the importer knows its unit. Formulas give their cached
 * result; Excel errors (#N/A, #DIV/0!) give their text, which the importer refuses as a value.
 */
function cellText(cell: OpenCell, ctx: SheetContext, line: number): string {
  const raw = cell.text.join("");
  if (raw.length > MAX_STRING_CHARS)
    throw fileError({ file: ctx.file, line, column: cell.column + 1 }, "cellTooLong", { max: MAX_STRING_CHARS });
  switch (cell.type) {
    case "s":
      return ctx.strings[Number(raw)] ?? "#REF!";
    case "str":
    case "inlineStr":
    case "e":
      return raw;
    case "b":
      return raw === "1" ? "TRUE" : raw === "0" ? "FALSE" : raw;
    case "d":
      return raw.slice(0, 10);
  }
  if (raw.trim() === "") return "";
  const number = Number(raw);
  if (!Number.isFinite(number)) return "#VALUE!";
  if (cell.style?.percent) return `${timesHundred(String(number))}%`;
  if (cell.style?.date) return dateText(number, ctx.date1904);
  return String(number);
}

/**
 * A worksheet's rows as records, streamed from its XML: row numbers as the sheet gives them, empty cells kept so
 * that column numbers match the sheet's, and each cell's font colour when the workbook gives one. Stopping early
 * (a sample of the first rows) reads no further.
 */
export function sheetRows(zip: ZipArchive, part: string, ctx: SheetContext): AsyncGenerator<SourceRecord[]> {
  let record: SourceRecord | null = null;
  let cell: OpenCell | null = null;
  let inValue = false;
  let phonetic = 0;
  let nextLine = 1;
  const batch: SourceRecord[] = [];
  const scanner = new XmlScanner(
    {
      open(name, text) {
        if (name === "row") {
          const line = Number(parseAttributes(text).r ?? nextLine);
          record = { cells: [], line: Number.isInteger(line) && line > 0 ? line : nextLine };
          if (record.line > MAX_ROWS)
            throw fileError({ file: ctx.file, line: record.line, column: 0 }, "tooManyRows", { max: MAX_ROWS });
          nextLine = record.line + 1;
        } else if (name === "c" && record) {
          const r = cellAttribute(text, "r");
          const column = r ? columnOf(r) : record.cells.length;
          if (column < 0 || column >= MAX_COLUMNS)
            throw fileError({ file: ctx.file, line: record.line, column: 0 }, "badWorkbook");
          const type = cellAttribute(text, "t") ?? "n";
          cell = { column, type, style: ctx.styles[Number(cellAttribute(text, "s") ?? 0)], text: [] };
        } else if (name === "rPh") phonetic += 1;
        else if ((name === "v" || name === "t") && cell) inValue = phonetic === 0;
      },
      text(text) {
        if (cell && inValue) cell.text.push(text);
      },
      close(name) {
        if (name === "v" || name === "t") inValue = false;
        else if (name === "rPh") phonetic -= 1;
        else if (name === "c" && cell && record) {
          const { cells } = record;
          while (cells.length < cell.column) cells.push("");
          cells[cell.column] = cellText(cell, ctx, record.line);
          const colour = cell.style?.colour;
          if (colour && colour !== "black") (record.colours ??= [])[cell.column] = colour;
          cell = null;
        } else if (name === "row" && record) {
          batch.push(record);
          record = null;
        }
      },
      overlong() {
        if (cell && record)
          throw fileError({ file: ctx.file, line: record.line, column: cell.column + 1 }, "cellTooLong", {
            max: MAX_STRING_CHARS,
          });
      },
    },
    { file: ctx.file, part },
  );
  return scanPart(zip.part(part, MAX_SHEET_BYTES), scanner, () => batch.splice(0));
}
