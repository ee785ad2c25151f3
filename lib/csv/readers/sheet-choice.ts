import { fileError, type CsvFileError } from "../issues";
import { detectLayout } from "../layout";

/** Rows of each sheet looked at to choose one (the header must be among them). */
export const SHEET_SAMPLE_ROWS = 40;

// Publishers' workbooks hold many sheets (SIPRI's has about ten; NATO's a table per sheet). The importer reads the
// one that holds a share-of-GDP table, judged by its name and by the title lines above its header.
export const SHARE_NAME = /share of gdp|% of gdp|percent of gdp|gdp share|対GDP比|النسبة/i;
const SHARE_TITLE =
  /share of (real )?gdp|% of gdp|percent(age)? of (gross domestic product|gdp)|as a share of|対GDP比|من الناتج/i;

export interface SheetSample {
  name: string;
  /** the first rows of the sheet, as text */
  rows: string[][];
}

/** 0 = holds no table we can read; 1 = a table; more = a table that says it holds shares of GDP. */
export function sheetScore(sheet: SheetSample): number {
  try {
    detectLayout(sheet.rows, sheet.name, (i) => i + 1);
  } catch {
    return 0;
  }
  const titles = sheet.rows
    .slice(0, 12)
    .map((r) => r.join(" "))
    .join("\n");
  return 1 + (SHARE_NAME.test(sheet.name) ? 4 : 0) + (SHARE_TITLE.test(titles) ? 2 : 0);
}

/**
 * The sheet to read: the one named by the user; else the best sheet that says it holds shares of GDP; else the only
 * sheet with a table. Null when that is ambiguous: a workbook of US$ and per-capita tables is never guessed at.
 */
export function chooseSheet(sheets: SheetSample[], wanted?: string): string | null {
  if (wanted)
    return (
      (sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase()))
        ?.name ?? null
    );
  const scored = sheets.map((s) => ({ name: s.name, score: sheetScore(s) })).filter((s) => s.score > 0);
  const best = scored.reduce<{ name: string; score: number } | null>((b, s) => (!b || s.score > b.score ? s : b), null);
  if (best && best.score > 1) return best.name;
  return scored.length === 1 ? scored[0]!.name : null;
}

/** The refusal when no sheet was chosen: the named one does not exist, or none says it holds shares of GDP. */
export function noSheetError(file: string, wanted: string | undefined, sheets: string[]): CsvFileError {
  return fileError({ file, line: 1, column: 0 }, wanted ? "sheetNotFound" : "noShareSheet", {
    sheet: wanted ?? "",
    sheets: sheets.join(", "),
  });
}
