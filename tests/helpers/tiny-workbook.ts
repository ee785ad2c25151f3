import { strToU8, zipSync } from "fflate";

/**
 * A minimal XLSX workbook written by hand (one sheet, shared strings, optional styles), for files no spreadsheet
 * program would write: hostile sizes, odd part orders. Rows are arrays of cells: a number, or text (shared).
 */
export function tinyWorkbook(options: {
  rows?: (string | number)[][];
  /** shared strings beyond those the rows use */
  extraStrings?: Iterable<string>;
  /** the sheet XML's rows as given, instead of `rows` */
  sheetXml?: string;
}): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string) => index.get(s) ?? (index.set(s, strings.push(s) - 1), strings.length - 1);
  const column = (i: number) => String.fromCharCode(65 + i);
  const rows = (options.rows ?? [])
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((c, i) =>
            typeof c === "number"
              ? `<c r="${column(i)}${r + 1}"><v>${c}</v></c>`
              : `<c r="${column(i)}${r + 1}" t="s"><v>${ref(c)}</v></c>`,
          )
          .join("")}</row>`,
    )
    .join("");
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${options.sheetXml ?? rows}</sheetData></worksheet>`;
  const shared: string[] = [];
  for (const s of strings) shared.push(`<si><t>${s}</t></si>`);
  for (const s of options.extraStrings ?? []) shared.push(`<si><t>${s}</t></si>`);
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zipSync(
    {
      "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
      "xl/workbook.xml": strToU8(
        `<workbook ${ns} ${rel}><sheets><sheet name="Share of GDP" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/></Relationships>',
      ),
      "xl/sharedStrings.xml": strToU8(`<sst ${ns}>${shared.join("")}</sst>`),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
    },
    { level: 9 },
  );
}
