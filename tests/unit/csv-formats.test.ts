import { describe, expect, it } from "vitest";
import { parseFixture } from "../helpers/parse-fixture";

// Every supported shape and encoding, read from real files in tests/fixtures/csv (16-byte chunks, so records and
// multi-byte characters are split across chunks as they are in large files).
describe("CSV formats and detection", () => {
  it("reads long format with status, note and source, mapping names and codes to ISO3", async () => {
    const { result, rows } = await parseFixture("long.csv");
    expect(result).toMatchObject({
      format: "long",
      delimiter: ",",
      decimal: ".",
      encoding: "utf-8",
      errorCount: 0,
      rowsRead: 5,
    });
    expect(rows.map((r) => r.country)).toEqual(["JPN", "JPN", "POL", "USA", "TUR"]);
    expect(rows[2]).toEqual({
      country: "POL",
      year: 2024,
      value: "4.12",
      status: "estimate",
      note: 'NATO estimate, "2024e"',
      source: "NATO",
    });
  });

  it("detects semicolons, decimal commas and Windows-1252", async () => {
    const { result, rows } = await parseFixture("semicolon-decimal-comma-cp1252.csv");
    expect(result).toMatchObject({ delimiter: ";", decimal: ",", encoding: "windows-1252", errorCount: 0 });
    expect(rows.map((r) => [r.country, r.value, r.note])).toEqual([
      ["JPN", "1.08", null],
      ["DEU", "1.52", "comma, inside"],
      ["TUR", "2.09", "éstimation"],
    ]);
  });

  it("detects tabs, UTF-16 with BOM and UTF-8 with BOM", async () => {
    expect((await parseFixture("tab.tsv")).result).toMatchObject({ delimiter: "\t", observations: 2 });
    const utf16 = await parseFixture("utf16le-bom.csv");
    expect(utf16.result.encoding).toBe("utf-16le");
    expect(utf16.rows.map((r) => `${r.country}:${r.value}`)).toEqual(["JPN:1.08", "AUS:1.88"]);
    const bom = await parseFixture("utf8-bom.csv");
    expect(bom.result).toMatchObject({ encoding: "utf-8", format: "long", observations: 2 });
  });

  it("reads wide tables with estimate years marked in the header", async () => {
    const { result, rows } = await parseFixture("wide-nato.csv");
    expect(result).toMatchObject({ format: "wide", observations: 15, errorCount: 0 });
    expect(rows.find((r) => r.country === "POL" && r.year === 2024)).toMatchObject({
      value: "4.12",
      status: "estimate",
    });
    expect(rows.find((r) => r.country === "ALB" && r.year === 2014)).toMatchObject({ value: "1.35", status: "actual" });
  });

  it("skips World Bank metadata lines, blank cells and aggregates, and says so", async () => {
    const { result, rows } = await parseFixture("world-bank.csv");
    expect(result).toMatchObject({
      format: "wide",
      headerLine: 5,
      observations: 8,
      blankCells: 4,
      aggregatesSkipped: 1,
      errorCount: 0,
    });
    expect(rows.find((r) => r.country === "KOR" && r.year === 2022)?.value).toBe("2.54");
    expect(result.warnings.some((w) => w.message.includes("World"))).toBe(true);
  });

  it("reads OWID grapher files, skipping rows without a code and mapping OWID_KOS", async () => {
    const { result, rows } = await parseFixture("owid.csv");
    expect(result).toMatchObject({ format: "owid", observations: 4, aggregatesSkipped: 1 });
    expect(rows.map((r) => r.country)).toEqual(["JPN", "JPN", "AUS", "XKX"]);
    expect(rows[1]!.value).toBe("1.3713969");
  });

  it("lets the user override a wrong guess", async () => {
    const forced = await parseFixture("semicolon-decimal-comma-cp1252.csv", { encoding: "utf-8", decimal: "." });
    expect(forced.result).toMatchObject({ encoding: "utf-8", decimal: "." });
    expect(forced.result.errors.map((e) => [e.line, e.column, e.text])).toEqual([
      [2, 3, "1,08"],
      [3, 3, "1,52"],
      [4, 1, "T\uFFFDrkiye"],
    ]);
  });
});
