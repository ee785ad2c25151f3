import { crc32, deflateRawSync } from "node:zlib";
import type { ParseOverrides } from "../../lib/csv/parse";
import { tinyWorkbook } from "./tiny-workbook";

// The files of issue 21's review, generated: small files that cost the parser (before its limits) gigabytes of
// memory or seconds of blocked event loop. Shaped like the publishers' own files (SIPRI's share sheet, NATO's wide
// table, a long country,year,value file), each with the one hostile part. Used by the unit tests, the HTTP test
// against a started server and `npm run bench`.

export interface HostileFile {
  name: string;
  /** what it did to main before the limits */
  what: string;
  bytes: () => Uint8Array;
  overrides?: ParseOverrides;
  /** the refusal expected: the code, and its line and column (0 = the whole line or file) */
  refused: { code: string; line: number; column: number };
  /** a row error (the file is read to its end) rather than a whole-file refusal */
  rowError?: boolean;
}

const text = (s: string) => new TextEncoder().encode(s);
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** SIPRI's "Share of GDP" sheet as CSV: title lines, `Country,Notes,1949…`, a region row, countries. */
function sipriLikeCsv(extra: { header?: string; row?: string } = {}): string {
  const head = ["Country", "Notes", ...years(2015, 2024).map(String)];
  return [
    "Military expenditure by country as percentage of gross domestic product, 1949-2024",
    "Figures in blue are SIPRI estimates.",
    "",
    [...head, ...(extra.header ? [extra.header] : [])].join(","),
    "",
    "Africa",
    `Algeria,,${years(2015, 2024)
      .map(() => "0.062")
      .join(",")}`,
    extra.row ??
      `Japan,,${years(2015, 2024)
        .map(() => "0.0101")
        .join(",")}`,
  ].join("\n");
}

/** A sheet of `rows` rows for a hand-written workbook, from <row> XML. */
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Country</t></is></c><c r="B1"><v>2024</v></c></row>';

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: "year-header-spaces.csv",
    what: "a header cell `2024` + 2,000 spaces + `x`: the year pattern backtracked cubically, 9 s of blocked server",
    bytes: () => text(sipriLikeCsv({ header: `2025${" ".repeat(2000)}x` })),
    overrides: { unit: "fraction" },
    refused: { code: "headerCellTooLong", line: 4, column: 13 },
  },
  {
    name: "long-digits.csv",
    what: "a value of 25,000 digits then `x`: the number pattern backtracked quadratically, 7.6 s",
    bytes: () => text(`country,year,value\nJPN,2024,1.37\nPOL,2024,${"1".repeat(25_000)}x\n`),
    refused: { code: "valueTooLong", line: 3, column: 3 },
    rowError: true,
  },
  {
    name: "huge-exponent.csv",
    what: "`JPN,19xx,1e-530000000` with --unit fraction: the ×100 wrote out 530 million zeros, 4.7 GB and an abort",
    bytes: () =>
      text(
        `country,year,value\n${years(1990, 2009)
          .map((y) => `JPN,${y},1e-530000000`)
          .join("\n")}\n`,
      ),
    overrides: { unit: "fraction" },
    refused: { code: "exponentRange", line: 2, column: 3 },
    rowError: true,
  },
  {
    name: "million-columns.csv",
    what: "a header of a million columns: 4–6 s of blocked server, and the file was accepted",
    bytes: () => text(`country,2024${",".repeat(999_000)}\nJPN,1.37\n`),
    refused: { code: "tooManyColumns", line: 1, column: 16_385 },
  },
  {
    name: "long-country-names.csv",
    what: "100 rows whose country is a 30,000-character name: each error quoted it whole (the answer grew to MBs)",
    bytes: () =>
      text(
        `country,year,value\n${Array.from({ length: 100 }, (_, i) => `${"Congo".repeat(6000)}${i},2024,1.5`).join("\n")}\n`,
      ),
    refused: { code: "textTooLong", line: 2, column: 1 },
    rowError: true,
  },
  {
    name: "sipri-long-note.csv",
    what: "SIPRI's layout with a 500,000-character note in a country's row",
    bytes: () =>
      text(
        sipriLikeCsv({
          row: `Japan,${"‡".repeat(500_000)},${years(2015, 2024)
            .map(() => "0.0101")
            .join(",")}`,
        }),
      ),
    overrides: { unit: "fraction" },
    refused: { code: "textTooLong", line: 8, column: 2 },
    rowError: true,
  },
  {
    name: "shared-string-8mb.xlsx",
    what: "one 8 MB shared string referenced by 6,000 cells (24 KB): 'JavaScript heap out of memory', the server gone",
    bytes: () => {
      const huge = "x".repeat(8_000_000);
      return tinyWorkbook({
        rows: [["Country", 2024], ...Array.from({ length: 100 }, () => new Array<string>(60).fill(huge))],
      });
    },
    refused: { code: "sharedStringTooLong", line: 1, column: 0 },
  },
  {
    name: "ten-million-strings.xlsx",
    what: "10 M shared strings in a 0.7 MB workbook: 1 GB of memory",
    bytes: () =>
      streamedWorkbook(
        `${header}<row r="2"><c r="A2" t="inlineStr"><is><t>Japan</t></is></c><c r="B2"><v>1.4</v></c></row>`,
        {
          part: "xl/sharedStrings.xml",
          head: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
          unit: "<si><t>a</t></si>",
          times: 10_000_000,
          tail: "</sst>",
        },
      ),
    refused: { code: "tooManySharedStrings", line: 1, column: 0 },
  },
  {
    name: "country-cell-8mb.xlsx",
    what: "a country cell of one 8 MB inline string: a 503 MB JSON error answer",
    bytes: () =>
      tinyWorkbook({
        sheetXml: `${header}<row r="2"><c r="A2" t="inlineStr"><is><t>${"Congo".repeat(1_600_000)}</t></is></c><c r="B2"><v>1.3</v></c></row>`,
      }),
    refused: { code: "cellTooLong", line: 2, column: 1 },
  },
  {
    name: "empty-rows.xlsx",
    what: "60 MB of empty rows from a 90 KB workbook: a transaction open 180 s, then a stack overflow",
    bytes: () =>
      streamedWorkbook("", {
        part: "xl/worksheets/sheet1.xml",
        head: `<worksheet ${NS}><sheetData>${header}`,
        unit: "<row/>",
        times: 10_000_000,
        tail: "</sheetData></worksheet>",
      }),
    refused: { code: "tooManyRows", line: 1_048_577, column: 0 },
  },
];

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const BOOK = {
  "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
  "xl/workbook.xml": `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Share of GDP" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels":
    '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="worksheet"/></Relationships>',
};

/**
 * A one-sheet workbook with one part made of `unit` repeated `times` times (built and deflated natively: 170 MB of
 * XML at once in JavaScript would take seconds). `sheetRows`: the sheet's rows when the big part is another.
 */
function streamedWorkbook(
  sheetRows: string,
  big: { part: string; head: string; unit: string; times: number; tail: string },
): Uint8Array {
  const parts: Record<string, Buffer> = {};
  for (const [name, xml] of Object.entries(BOOK)) parts[name] = Buffer.from(xml);
  if (big.part !== "xl/worksheets/sheet1.xml")
    parts["xl/worksheets/sheet1.xml"] = Buffer.from(`<worksheet ${NS}><sheetData>${sheetRows}</sheetData></worksheet>`);
  parts[big.part] = Buffer.concat([
    Buffer.from(big.head),
    Buffer.alloc(Buffer.byteLength(big.unit) * big.times, big.unit),
    Buffer.from(big.tail),
  ]);
  return zipArchive(parts);
}

/** A ZIP archive of deflated parts, as a workbook is: local headers, data, central directory. */
function zipArchive(parts: Record<string, Buffer>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const packed = deflateRawSync(data, { level: 1 });
    const fileName = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(head, fileName, packed);
    central.push(entry, fileName);
    offset += head.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A workbook that keeps the parser busy for seconds within every limit: a header, then thousands of rows of
 * 16,000 empty cells (~190 MB of sheet XML from a few hundred KB): no figure, so it is refused at the end.
 */
export function busyWorkbook(rows = 3000): Uint8Array {
  return streamedWorkbook("", {
    part: "xl/worksheets/sheet1.xml",
    head: `<worksheet ${NS}><sheetData>${header}`,
    unit: `<row>${"<c/>".repeat(16_000)}</row>`,
    times: rows,
    tail: "</sheetData></worksheet>",
  });
}
