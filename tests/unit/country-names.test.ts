import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { isAggregate } from "../../lib/reference/aggregates";
import { alpha2Of, listCountryRecords } from "../../lib/reference/countries";
import { lookupCountry, resolveCountry } from "../../lib/reference/country-lookup";
import { hasSharedDatasets, NATO_EXTRACT, OWID_SIPRI, SIPRI_WORKBOOK } from "../helpers/shared-datasets";

const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;

/** What the importer makes of a name: a country's code, a skipped row, or a refusal. */
function meaning(name: string): string {
  const match = lookupCountry(name);
  if (match.kind === "country") return match.iso3;
  if (match.kind === "former") return "former state";
  if (match.kind === "ambiguous") return `ambiguous: ${match.candidates.join(" or ")}`;
  return isAggregate("", name) ? "aggregate" : "UNKNOWN";
}

describe("country names publishers print", () => {
  it("knows SIPRI's, the World Bank's and NATO's spellings, and never takes one country for another", () => {
    const expected: Record<string, string> = {
      "Congo, Republic": "COG",
      "Congo, DR": "COD",
      "Congo, Dem. Rep.": "COD",
      "Congo, Rep.": "COG",
      "Democratic Republic of Congo": "COD",
      "Korea, North": "PRK",
      "Korea, South": "KOR",
      "Gambia, The": "GMB",
      "Timor Leste": "TLS",
      Türkiye: "TUR",
      Turkiye: "TUR",
      "Viet Nam": "VNM",
      Brunei: "BRN",
      Kosovo: "XKX",
      eSwatini: "SWZ",
      "Cabo Verde": "CPV",
      "Cape Verde": "CPV",
      "Kyrgyz Republic": "KGZ",
      EL: "GRC",
      UK: "GBR",
      "Paesi Bassi": "NLD",
      "Pays-Bas": "NLD",
      コンゴ民主共和国: "COD",
      コンゴ共和国: "COG",
      ドイツ: "DEU",
      "جمهورية الكونغو الديمقراطية": "COD",
      Czechoslovakia: "former state",
      USSR: "former state",
      "German Democratic Republic": "former state",
      "Yemen, North": "former state",
      "Yugoslavia (1)": "former state",
    };
    expect(Object.fromEntries(Object.keys(expected).map((n) => [n, meaning(n)]))).toEqual(expected);
  });

  it("refuses a bare name that several countries share, naming each", () => {
    expect(lookupCountry("Congo")).toEqual({ kind: "ambiguous", candidates: ["COG", "COD"] });
    expect(lookupCountry("Congo (1)")).toEqual({ kind: "ambiguous", candidates: ["COG", "COD"] });
    expect(lookupCountry("الكونغو")).toMatchObject({ kind: "ambiguous" });
    expect(lookupCountry("Korea")).toEqual({ kind: "ambiguous", candidates: ["KOR", "PRK"] });
    expect(resolveCountry("Congo")).toBeUndefined();
  });

  it("reads every country's CLDR name in English, Japanese and Arabic back to that country", () => {
    const wrong: string[] = [];
    for (const locale of ["en", "ja", "ar"]) {
      const names = new Intl.DisplayNames([locale], { type: "region" });
      for (const { iso3 } of listCountryRecords()) {
        const name = names.of(alpha2Of(iso3)!)!;
        if (resolveCountry(name) !== iso3) wrong.push(`${locale} ${name} → ${meaning(name)}, not ${iso3}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("maps every economy of the World Bank's WDI by its name alone", () => {
    const rows = csv("tests/fixtures/reference/wdi-economies.csv");
    expect(rows.length).toBeGreaterThan(230);
    const wrong = rows.filter((r) =>
      r.kind === "aggregate" ? !isAggregate(r.code!, r.name!) : meaning(r.name!) !== r.code,
    );
    expect(wrong.map((r) => `${r.name} → ${meaning(r.name!)}`)).toEqual([]);
  });
});

describe.skipIf(!hasSharedDatasets)("every name in the publishers' files (../shared/datasets)", () => {
  it("SIPRI's April 2026 workbook: each row of each data sheet is a country, a former state or a region", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SIPRI_WORKBOOK);
    let sheets = 0;
    for (const sheet of book.worksheets) {
      const names: string[] = [];
      let header = false;
      sheet.eachRow((row) => {
        const value = row.getCell(1).value;
        const name = typeof value === "string" ? value.trim() : "";
        if (header && name !== "") names.push(name);
        header ||= name === "Country";
      });
      if (names.length < 100) continue;
      sheets += 1;
      const meanings = names.map((n) => [n, meaning(n)] as const);
      expect(
        meanings.filter(([, m]) => /UNKNOWN|ambiguous/.test(m)),
        sheet.name,
      ).toEqual([]);
      const countries = meanings.filter(([, m]) => /^[A-Z]{3}$/.test(m)).map(([, m]) => m);
      expect(countries.length, sheet.name).toBeGreaterThan(160);
      expect(new Set(countries).size, `${sheet.name}: two names read as one country`).toBe(countries.length);
    }
    expect(sheets).toBe(7);
  });

  it("NATO's July 2026 extract: every code and Italian name is the same ally; the two totals are aggregates", () => {
    const rows = csv(NATO_EXTRACT);
    const pairs = new Map(rows.map((r) => [r.geo!, r.country!]));
    const allies = [...pairs].filter(([geo]) => !geo.startsWith("NATO_"));
    expect(allies).toHaveLength(31);
    for (const [geo, name] of allies) expect(resolveCountry(name), name).toBe(resolveCountry(geo));
    expect(new Set(allies.map(([geo]) => resolveCountry(geo))).size).toBe(31);
    for (const [geo, name] of [...pairs].filter(([g]) => g.startsWith("NATO_")))
      expect(isAggregate(geo, name)).toBe(true);
  });

  it("OWID's SIPRI grapher file: every entity's name alone gives its code, or is an aggregate", () => {
    const entities = new Map(csv(OWID_SIPRI).map((r) => [r.Entity!, r.Code ?? ""]));
    expect(entities.size).toBeGreaterThan(150);
    const wrong = [...entities].filter(([name, code]) =>
      /^[A-Z]{3}$/.test(code)
        ? meaning(name) !== code && !(name === "Congo" && code === "COG")
        : !isAggregate(code, name) && meaning(name) !== "XKX",
    );
    expect(wrong).toEqual([]);
  });
});
