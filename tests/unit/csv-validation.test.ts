import { describe, expect, it } from "vitest";
import { type CsvFileError, formatIssue, isFileError } from "../../lib/csv/issues";
import { parseFixture } from "../helpers/parse-fixture";
import { byteSource } from "../helpers/byte-source";

describe("CSV validation errors name file, line and column", () => {
  it("reports each bad row with its line, column and text", async () => {
    const { result } = await parseFixture("invalid-rows.csv");
    expect(result.errorCount).toBe(5);
    expect(result.errors.map(formatIssue)).toEqual([
      'invalid-rows.csv:3:1 [country]: Unknown country: not an ISO 3166 code or a country name we recognise. (found "Narnia")',
      'invalid-rows.csv:4:2 [year]: Year must be a whole year between 1900 and 2100. (found "20x2")',
      'invalid-rows.csv:5:3 [value]: Value is not a number. (found "abc")',
      'invalid-rows.csv:6:4 [status]: Status must be one of actual, estimate, budget, plan. (found "guess")',
      'invalid-rows.csv:7:3 [value]: Duplicate figure for JPN 2022 (first given on line 2). (found "1.09")',
    ]);
  });

  it("reads a status or estimate cell only as one of its listed words, never as an object's property", async () => {
    const { parseObservations } = await import("../../lib/csv/parse");
    const text = "country,year,value,status,estimate\nJPN,2022,1.1,constructor,no\nPOL,2022,2.4,Actual,__proto__\n";
    const result = await parseObservations("props.csv", byteSource([new TextEncoder().encode(text)]), () => {});
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [2, "status"],
      [3, "estimateFlag"],
    ]);
  });

  it("counts physical lines across quoted newlines", async () => {
    const { result, rows } = await parseFixture("quoted-newline.csv");
    expect(rows[0]!.note).toBe("line one\nline two");
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([[5, 2]]);
    expect(result.blankCells).toBe(1);
  });

  it("refuses a file whose values look like fractions unless the unit is given", async () => {
    const { result } = await parseFixture("fractions.csv");
    expect(result.errors.map((e) => [e.code, e.line])).toEqual([["fractions", 1]]);
    const asFractions = await parseFixture("fractions.csv", { unit: "fraction" });
    expect(asFractions.result.errorCount).toBe(0);
    expect(asFractions.rows.map((r) => r.value)).toEqual(["1.08", "1.39"]);
    expect(asFractions.result.warnings.map((w) => w.code)).toContain("fractionsConverted");
    const asPercent = await parseFixture("fractions.csv", { unit: "percent" });
    expect(asPercent.rows.map((r) => r.value)).toEqual(["0.0108", "0.0139"]);
  });

  it.each([
    ["empty.csv", "The file is empty."],
    ["page.html.csv", "HTML"],
    ["binary.csv", "cannot be read"],
    ["unclosed-quote.csv", "never closed"],
  ])("rejects %s as a whole with a clear message", async (name, message) => {
    const error = await parseFixture(name).catch((e: unknown) => e);
    expect(error).toSatisfy(isFileError);
    expect((error as CsvFileError).issue.file).toBe(name);
    expect((error as CsvFileError).message).toContain(message);
  });

  it("rejects a header-only file", async () => {
    const { result } = await parseFixture("header-only.csv");
    expect(result.errors.map(formatIssue)).toEqual(["header-only.csv:1: The file has a header but no data rows."]);
  });

  it("reports at most 100 errors but counts them all", async () => {
    const { parseObservations } = await import("../../lib/csv/parse");
    const text = "country,year,value\n" + Array.from({ length: 250 }, (_, i) => `Atlantis,${1900 + i},1`).join("\n");
    const result = await parseObservations("many.csv", byteSource([new TextEncoder().encode(text)]), () => {});
    expect(result.errorCount).toBe(250);
    expect(result.errors).toHaveLength(100);
    expect(formatIssue(result.errors[99]!)).toBe(
      'many.csv:101:1 [country]: Unknown country: not an ISO 3166 code or a country name we recognise. (found "Atlantis")',
    );
  });
});

describe("units", () => {
  it("accepts percent-of-GDP units and rejects rows in other units", async () => {
    const { result, rows } = await parseFixture("mixed-units.csv");
    expect(rows.map((r) => `${r.country} ${r.year}`)).toEqual(["JPN 2023", "DEU 2024"]);
    expect(result.errors.map(formatIssue)).toEqual([
      'mixed-units.csv:3:4 [unit]: Unit must be percent of GDP; this dashboard does not convert other units. (found "USD million")',
    ]);
  });
});

describe("very long lines", () => {
  it("stops at a record over the limit instead of buffering the file", async () => {
    const { parseObservations, MAX_RECORD_CHARS } = await import("../../lib/csv/parse");
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const source = byteSource(
      (function* () {
        yield new TextEncoder().encode('country,year,value,note\nJPN,2020,1.0,"');
        for (let sent = 0; sent < MAX_RECORD_CHARS * 2; sent += chunk.length) yield chunk;
      })(),
    );
    const error = await parseObservations("long-line.csv", source, () => {}).catch((e: unknown) => e);
    expect(error).toSatisfy(isFileError);
    expect((error as CsvFileError).message).toMatch(
      /^long-line.csv:2: A record starting here is longer than 1,000,000 characters/,
    );
  });
});
