import { createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParsedObservation } from "../../lib/csv/observations";
import { type ParseOverrides, parseObservations } from "../../lib/csv/parse";
import { publisherFile, shippedFigures } from "../helpers/shipped-figures";

// Files shaped the way publishers and analysts produce them (tests/fixtures/publishers, written by make-files.ts from
// the project's own figures). Each must import to exactly the shipped figures, or be refused with a clear reason.
async function parse(name: string, overrides?: ParseOverrides) {
  const rows: ParsedObservation[] = [];
  const result = await parseObservations(
    name,
    createReadStream(publisherFile(name), { highWaterMark: 64 }),
    (b) => void rows.push(...b),
    overrides,
  );
  return { result, rows, byKey: new Map(rows.map((r) => [`${r.country} ${r.year}`, r])) };
}

const sipri = shippedFigures("sipri.csv");
const nato = shippedFigures("nato-2025.csv");
const codes = (list: { code: string }[]) => list.map((i) => i.code);

describe("publisher layouts", () => {
  it("SIPRI's Share of GDP sheet saved as CSV: titles, region rows, Notes column, '. .' and 'xxx', fractions", async () => {
    const refused = await parse("sipri-share-of-gdp.csv");
    expect(refused.result.errors.map((e) => [e.code, e.line])).toEqual([["fractions", 6]]);
    const { result, rows } = await parse("sipri-share-of-gdp.csv", { unit: "fraction" });
    expect(result).toMatchObject({ format: "wide", headerLine: 6, errorCount: 0, blankCells: 5, observations: 35 });
    for (const r of rows) expect(Number(r.value)).toBe(Number(sipri.get(`${r.country} ${r.year}`)));
    expect(rows.find((r) => r.country === "JPN")?.note).toBeNull(); // the ‡ footnote symbol is not a note
    expect(codes(result.warnings)).toEqual(expect.arrayContaining(["fractionsConverted", "formerStates", "groupRows"]));
    expect(result.warnings.find((w) => w.code === "groupRows")!.message).toMatch(
      /Africa, North Africa, Americas.*Asia & Oceania/,
    );
  });

  it("NATO's Table 3 saved as CSV: blank country header, footnote markers, totals, notes, a second table block", async () => {
    const { result, rows, byKey } = await parse("nato-table3.csv");
    expect(result).toMatchObject({ format: "wide", errorCount: 0, observations: 27, aggregatesSkipped: 2 });
    for (const r of rows) expect(r.value).toBe(nato.get(`${r.country} ${r.year}`));
    expect(byKey.get("TUR 2025")).toMatchObject({ value: "2.33", status: "estimate" });
    expect(byKey.has("DEU 2025")).toBe(false);
    const stop = result.warnings.find((w) => w.code === "secondTable")!;
    expect(stop.message).toMatch(/Stopped at line 20: a second table starts there \(Annual real change \(%\)\)/);
    expect(codes(result.warnings)).toContain("trailingLines");
  });

  it.each([
    ["japanese-shift-jis.csv", "shift_jis", ["JPN 2023", "JPN 2024", "KOR 2023", "KOR 2024"]],
    ["arabic-windows-1256.csv", "windows-1256", ["JPN 2023", "JPN 2024", "POL 2023", "POL 2024"]],
  ])("%s: detected encoding, headers and country names in the analyst's language", async (name, encoding, keys) => {
    const { result, rows } = await parse(name);
    expect(result).toMatchObject({ encoding, format: "long", errorCount: 0 });
    expect(rows.map((r) => `${r.country} ${r.year}`)).toEqual(keys);
    for (const r of rows) expect(r.value).toBe(sipri.get(`${r.country} ${r.year}`));
  });

  it("reads Japanese era fiscal years and says so", async () => {
    const { result } = await parse("japanese-shift-jis.csv");
    expect(result.warnings.find((w) => w.code === "eraYears")?.message).toContain("令和5年度 = FY2023");
  });

  it("refuses a long file of fractions unless told, and multiplies by 100 exactly when told", async () => {
    expect(codes((await parse("long-fractions.csv")).result.errors)).toEqual(["fractions"]);
    const { rows, byKey } = await parse("long-fractions.csv", { unit: "fraction" });
    expect(byKey.get("JPN 2024")!.value).toBe("1.3714");
    for (const r of rows) expect(Number(r.value)).toBe(Number(sipri.get(`${r.country} ${r.year}`)));
  });

  it("SIPRI's workbook: picks the Share of GDP sheet among ten and reads percent cells at full precision", async () => {
    const { result, rows } = await parse("sipri-milex.xlsx");
    expect(result).toMatchObject({ container: "xlsx", sheet: "Share of GDP", errorCount: 0, observations: 35 });
    expect(result.sheets).toEqual([
      "Front page",
      "Constant (2023) US$",
      "Share of GDP",
      "Per capita",
      "Share of Govt. spending",
    ]);
    for (const r of rows) expect(Number(r.value)).toBe(Number(sipri.get(`${r.country} ${r.year}`)));
    expect(result.errors).toEqual([]);
  });

  it("NATO's workbook: picks Table 3 and stops before its 'Annual real change' block", async () => {
    const { result, rows } = await parse("nato-def-exp.xlsx");
    expect(result).toMatchObject({ sheet: "Table 3", errorCount: 0, observations: 27 });
    for (const r of rows) expect(Number(r.value)).toBe(Number(nato.get(`${r.country} ${r.year}`)));
    expect(codes(result.warnings)).toContain("secondTable");
  });

  it("a named sheet is read as asked, and an unknown one is refused naming the sheets", async () => {
    const named = await parse("sipri-milex.xlsx", { sheet: "Per capita" });
    expect(named.result).toMatchObject({ sheet: "Per capita" });
    const error = await parse("sipri-milex.xlsx", { sheet: "Nope" }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /no sheet named “Nope”\. Its sheets: Front page, Constant \(2023\) US\$, Share of GDP/,
    );
  });
});
