import { fileError } from "../issues";
import { parseAttributes, scanPart, type XmlHandler, XmlScanner } from "./xml-events";
import type { ZipArchive } from "./zip-archive";

/** Small parts (workbook, relationships, styles) larger than this are not a spreadsheet's. */
export const MAX_SMALL_PART_BYTES = 8 * 1024 * 1024;

export interface SheetEntry {
  name: string;
  /** the part holding its rows, "xl/worksheets/sheet7.xml" */
  part: string;
}

export interface WorkbookIndex {
  sheets: SheetEntry[];
  /** dates count from 1904 (old Mac workbooks), not 1900 */
  date1904: boolean;
}

/** Scans a whole part with a handler. */
export async function readPart(
  zip: ZipArchive,
  file: string,
  part: string,
  handler: XmlHandler,
  maxBytes = MAX_SMALL_PART_BYTES,
): Promise<void> {
  const scanner = new XmlScanner(handler, { file, part });
  for await (const _ of scanPart(zip.part(part, maxBytes), scanner, () => [])) void _;
}

/** Every element's name and attributes of a small part, in order. */
async function elements(zip: ZipArchive, file: string, part: string) {
  const found: { name: string; attributes: Record<string, string> }[] = [];
  await readPart(zip, file, part, {
    open: (name, attributes) => void found.push({ name, attributes: parseAttributes(attributes) }),
    text: () => undefined,
    close: () => undefined,
  });
  return found;
}

/** "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/worksheets/sheet1.xml". */
const resolvePart = (target: string) => (target.startsWith("/") ? target.slice(1) : `xl/${target}`);

/** The workbook's sheets, in its order, each with the part that holds it. */
export async function readWorkbookIndex(zip: ZipArchive, file: string): Promise<WorkbookIndex> {
  if (!zip.has("xl/workbook.xml")) throw fileError({ file, line: 1, column: 0 }, "badWorkbook");
  const targets = new Map<string, string>();
  for (const e of await elements(zip, file, "xl/_rels/workbook.xml.rels"))
    if (e.name === "Relationship" && e.attributes.Id && e.attributes.Target)
      targets.set(e.attributes.Id, resolvePart(e.attributes.Target));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (const e of await elements(zip, file, "xl/workbook.xml")) {
    if (e.name === "workbookPr") date1904 = e.attributes.date1904 === "1" || e.attributes.date1904 === "true";
    if (e.name !== "sheet") continue;
    const part = e.attributes.id ? targets.get(e.attributes.id) : undefined;
    if (e.attributes.name && part && zip.has(part)) sheets.push({ name: e.attributes.name, part });
  }
  return { sheets, date1904 };
}
