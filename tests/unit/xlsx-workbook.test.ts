import { createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParsedObservation } from "../../lib/csv/observations";
import { isFileError } from "../../lib/csv/issues";
import { type ParseOverrides, parseObservations } from "../../lib/csv/parse";
import { byteSource, chunksOf } from "../helpers/byte-source";
import { hasSharedDatasets, SIPRI_WORKBOOK } from "../helpers/shared-datasets";
import { tinyWorkbook } from "../helpers/tiny-workbook";

/** The parse, or the workbook's refusal (a CsvFileError: the import turns it into a rejected edition). */
async function parseBytes(bytes: Uint8Array, overrides?: ParseOverrides) {
  const rows: ParsedObservation[] = [];
  try {
    const source = byteSource(chunksOf(bytes, 64 * 1024));
    const result = await parseObservations("book.xlsx", source, (b) => void rows.push(...b), overrides);
    return { result, rows, refused: null };
  } catch (error) {
    if (!isFileError(error)) throw error;
    return { result: null, rows, refused: error.issue };
  }
}

describe("XLSX workbooks that cost bounded memory or are refused, located", () => {
  const header = ["Country", 2024, 2025];

  it("reads a small hand-written workbook", async () => {
    const { result, rows } = await parseBytes(tinyWorkbook({ rows: [header, ["Japan", 1.29, 1.41]] }));
    expect(result).not.toBeNull();
    expect(result).toMatchObject({ container: "xlsx", sheet: "Share of GDP", errorCount: 0 });
    expect(rows.map((r) => `${r.country} ${r.year} ${r.value}`)).toEqual(["JPN 2024 1.29", "JPN 2025 1.41"]);
  });

  it("refuses one 8 MB shared string referenced by 6,000 cells, naming the part", async () => {
    const huge = "x".repeat(8_000_000);
    const rows = [header, ...Array.from({ length: 100 }, () => Array.from({ length: 60 }, () => huge))];
    const book = tinyWorkbook({ rows });
    expect(book.length).toBeLessThan(100_000);
    const { refused } = await parseBytes(book);
    expect(refused?.code).toMatch(/^(sharedStringTooLong|workbookTextTooLong)$/);
    expect(refused?.message).toContain("(xl/sharedStrings.xml)");
  });

  it("refuses a workbook of more shared strings than any table has", async () => {
    const { refused } = await parseBytes(
      tinyWorkbook({ rows: [header], extraStrings: Array.from({ length: 250_000 }, (_, i) => String(i % 10)) }),
    );
    expect(refused?.code).toBe("tooManySharedStrings");
    expect(refused?.message).toContain("more than 200,000 different texts");
  });

  it("refuses an 8 MB country cell written inline, at its row and column", async () => {
    const cell = `<c r="A2" t="inlineStr"><is><t>${"Congo".repeat(1_600_000)}</t></is></c>`;
    const sheetXml = `<row r="1"><c r="A1" t="inlineStr"><is><t>Country</t></is></c><c r="B1"><v>2025</v></c></row><row r="2">${cell}<c r="B2"><v>1.3</v></c></row>`;
    const { refused } = await parseBytes(tinyWorkbook({ sheetXml }));
    expect(refused && [refused.code, refused.line, refused.column]).toEqual(["cellTooLong", 2, 1]);
  });

  it("refuses a part that declares entities (a DOCTYPE), and a damaged archive", async () => {
    const sheetXml = '<!DOCTYPE x [<!ENTITY a "aaaa">]><row r="1"/>';
    expect((await parseBytes(tinyWorkbook({ sheetXml }))).refused?.code).toBe("badWorkbook");
    const broken = tinyWorkbook({ rows: [header, ["Japan", 1.29, 1.41]] }).slice(0, 400);
    expect((await parseBytes(broken)).refused?.code).toBe("badWorkbook");
  });
});

describe.skipIf(!hasSharedDatasets)("SIPRI's own April 2026 workbook (../shared/datasets/sipri-2026)", () => {
  it("imports Share of GDP as SIPRI prints it: every country, estimates where the file marks them blue", async () => {
    const rows: ParsedObservation[] = [];
    const result = await parseObservations("sipri.xlsx", createReadStream(SIPRI_WORKBOOK), (b) => void rows.push(...b));
    expect(result).toMatchObject({ container: "xlsx", sheet: "Share of GDP", errorCount: 0, format: "wide" });
    expect(result.sheets).toHaveLength(10);
    const at = (c: string, y: number) => rows.find((r) => r.country === c && r.year === y);
    expect(Number(at("JPN", 2024)!.value).toFixed(4)).toBe("1.2946");
    expect(Number(at("JPN", 2025)!.value).toFixed(4)).toBe("1.4117");
    expect(Number(at("COG", 2025)!.value).toFixed(4)).toBe("1.3093");
    expect(Number(at("COD", 2025)!.value).toFixed(4)).toBe("1.3751");
    expect(Number(at("TUR", 2025)!.value).toFixed(4)).toBe("1.9083");
    expect(at("ISL", 2025)).toMatchObject({ value: "0" });
    expect(at("DZA", 1990)).toMatchObject({ status: "estimate" });
    expect(at("DZA", 2017)).toMatchObject({ status: "actual", note: "Figures in red indicate highly uncertain data." });
    expect(result.markedEstimates).toBeGreaterThan(1000);
    expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThan(160);
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["formerStates", "groupRows", "markedEstimates"]),
    );
  });
});
