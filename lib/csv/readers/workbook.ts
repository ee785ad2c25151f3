import { readSharedStrings } from "./shared-strings";
import { chooseSheet, noSheetError, SHARE_NAME, SHEET_SAMPLE_ROWS, sheetScore } from "./sheet-choice";
import { type SheetContext, sheetRows } from "./sheet-rows";
import type { SourceRecord } from "./source-record";
import { readWorkbookIndex, type SheetEntry } from "./workbook-parts";
import { readStyles } from "./workbook-styles";
import { type RandomAccess, ZipArchive } from "./zip-archive";

export interface OpenedWorkbook {
  /** the sheet chosen, and every sheet's name in the workbook's order */
  sheet: string;
  sheets: string[];
  /** the first rows of the chosen sheet, as read to choose it */
  sample: string[][];
  /** the chosen sheet's rows, from its first; read once */
  records: AsyncGenerator<SourceRecord[]>;
}

/** A sheet being read: its first rows, and the rest still to come from the same stream. */
interface OpenSheet {
  name: string;
  rows: string[][];
  read: SourceRecord[][];
  rest: AsyncGenerator<SourceRecord[]>;
}

async function openSheet(zip: ZipArchive, sheet: SheetEntry, ctx: SheetContext): Promise<OpenSheet> {
  const rest = sheetRows(zip, sheet.part, ctx);
  const open: OpenSheet = { name: sheet.name, rows: [], read: [], rest };
  while (open.rows.length < SHEET_SAMPLE_ROWS) {
    const next = await rest.next();
    if (next.done) break;
    open.read.push(next.value);
    for (const r of next.value) open.rows.push(r.cells);
  }
  open.rows = open.rows.slice(0, SHEET_SAMPLE_ROWS);
  return open;
}

async function* continueSheet(open: OpenSheet): AsyncGenerator<SourceRecord[]> {
  yield* open.read;
  yield* open.rest;
}

/**
 * Sheets to look at, fewest first: the one named; else those whose names say they hold shares of GDP (one with a
 * table beats every other sheet, see sheetScore); else every sheet.
 */
async function candidates(zip: ZipArchive, sheets: SheetEntry[], ctx: SheetContext, wanted?: string) {
  const opened: OpenSheet[] = [];
  const named = wanted
    ? chooseSheet(
        sheets.map((s) => ({ name: s.name, rows: [] })),
        wanted,
      )
    : null;
  if (named)
    return [
      await openSheet(
        zip,
        sheets.find((s) => s.name === named)!,
        ctx,
      ),
    ];
  if (wanted) return [];
  const byName = sheets.filter((s) => SHARE_NAME.test(s.name));
  for (const s of byName) opened.push(await openSheet(zip, s, ctx));
  if (opened.some((o) => sheetScore(o) > 1)) return opened;
  for (const s of sheets) if (!byName.includes(s)) opened.push(await openSheet(zip, s, ctx));
  return opened;
}

/**
 * An XLSX workbook from bytes that can be read at any offset, in Node and in browsers: the index, shared strings and
 * styles are read once; the sheet is chosen from the first rows of as few sheets as can decide it; the chosen sheet
 * is then streamed on from where its sample ended. Other sheets are never read past their first rows.
 */
export async function openWorkbookSource(source: RandomAccess, file: string, wanted?: string): Promise<OpenedWorkbook> {
  const zip = await ZipArchive.open(source, file);
  const index = await readWorkbookIndex(zip, file);
  const ctx: SheetContext = {
    file,
    strings: zip.has("xl/sharedStrings.xml") ? await readSharedStrings(zip, file) : [],
    styles: zip.has("xl/styles.xml") ? await readStyles(zip, file) : [],
    date1904: index.date1904,
  };
  const names = index.sheets.map((s) => s.name);
  const opened = await candidates(zip, index.sheets, ctx, wanted);
  const sheet = wanted ? (opened[0]?.name ?? null) : chooseSheet(opened);
  const chosen = opened.find((o) => o.name === sheet);
  for (const o of opened) if (o !== chosen) await o.rest.return(undefined);
  if (!chosen) throw noSheetError(file, wanted, names);
  return { sheet: chosen.name, sheets: names, sample: chosen.rows, records: continueSheet(chosen) };
}
