import ExcelJS from "exceljs";
// @ts-expect-error exceljs ships no types for its internals
import iterateStreamUntyped from "exceljs/lib/utils/iterate-stream.js";
import { ZipParts } from "./zip-parts";

const iterateStream = iterateStreamUntyped as (stream: NodeJS.ReadableStream | undefined) => AsyncIterable<unknown>;

type Row = ExcelJS.Row;
export interface SheetStream extends AsyncIterable<Row> {
  /** the number of the sheet's part in the archive (xl/worksheets/sheetN.xml) */
  part: string;
}

interface ReaderInternals {
  input: string;
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncIterable<unknown>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorksheet(iterator: unknown, part: string): Iterable<unknown>;
}

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (input: string, options: object) => object;
const baseParseWorksheet = (
  Base.prototype as unknown as { _parseWorksheet: (it: unknown, n: string) => Iterable<{ value: object }> }
)._parseWorksheet;

/**
 * exceljs's streaming reader takes the archive's parts in the order they are stored. It fails ("reading 'sheets'",
 * exceljs issue #962) or ends early when a sheet comes before xl/workbook.xml, as in workbooks that exceljs itself
 * and other tools write. This reader opens the archive by its directory (yauzl) and hands exceljs's own part parsers
 * the relationships, workbook, shared strings and styles first, then each sheet as a stream: rows are parsed one at
 * a time and nothing is held whole.
 */
export class WorkbookStream extends Base {
  constructor(file: string) {
    super(file, {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
  }

  async *parse() {
    const self = this as unknown as ReaderInternals;
    const zip = await ZipParts.open(self.input);
    try {
      const rels = await zip.open("xl/_rels/workbook.xml.rels");
      if (rels) await self._parseRels(rels);
      const workbook = await zip.open("xl/workbook.xml");
      if (workbook) await self._parseWorkbook(workbook);
      const strings = await zip.open("xl/sharedStrings.xml");
      if (strings) yield* self._parseSharedStrings(strings);
      const styles = await zip.open("xl/styles.xml");
      if (styles) await self._parseStyles(styles);
      const sheets = zip.names().flatMap((name) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] ?? []);
      for (const n of sheets.sort((a, b) => Number(a) - Number(b))) {
        yield* self._parseWorksheet(iterateStream(await zip.open(`xl/worksheets/sheet${n}.xml`)), n);
      }
    } finally {
      zip.close();
    }
  }

  *_parseWorksheet(iterator: unknown, part: string) {
    const self = this as unknown as ReaderInternals;
    self.model ??= { sheets: [] };
    for (const event of baseParseWorksheet.call(this, iterator, part)) {
      Object.assign(event.value, { part });
      yield event;
    }
  }

  sheets(): AsyncIterable<SheetStream> {
    return this as unknown as AsyncIterable<SheetStream>;
  }

  /** Sheet names by part number, in the workbook's order; known after the archive was read to its end. */
  sheetNames(): { part: string; name: string }[] {
    const self = this as unknown as ReaderInternals;
    const targets = new Map((self.workbookRels ?? []).map((r) => [r.Id, r.Target]));
    return (self.model?.sheets ?? []).flatMap((s) => {
      const part = /worksheets\/sheet(\d+)\.xml$/.exec(targets.get(s.rId) ?? "")?.[1];
      return part ? [{ part, name: s.name }] : [];
    });
  }
}
