import { describe, expect, it } from "vitest";
import { parseYear } from "../../lib/csv/cells";
import type { ParsedObservation } from "../../lib/csv/observations";
import { type ParseOverrides, parseObservations } from "../../lib/csv/parse";
import { timesHundred } from "../../lib/csv/readers/xlsx-cells";
import { resolveCountry } from "../../lib/reference/country-lookup";
import { byteSource } from "../helpers/byte-source";

async function parseText(text: string, overrides?: ParseOverrides) {
  const rows: ParsedObservation[] = [];
  const bytes = new TextEncoder().encode(text);
  const result = await parseObservations("t.csv", byteSource([bytes]), (b) => void rows.push(...b), overrides);
  return { result, rows };
}

describe("stricter rows", () => {
  it.each([
    ["country,year,value\nJPN,2024,1.4,extra,cols\n", 4, "extra, cols"],
    ["country;year;value\nJPN;2024;1,4;9\n", 4, "9"],
  ])("refuses a row with more fields than the header, naming the extra values: %j", async (text, column, found) => {
    const { result, rows } = await parseText(text);
    expect(rows).toEqual([]);
    expect(result.errors.map((e) => [e.code, e.line, e.column, e.text])).toEqual([["extraFields", 2, column, found]]);
  });

  it("accepts extra cells that are empty (a trailing delimiter)", async () => {
    const { result, rows } = await parseText("country,year,value\nJPN,2024,1.4,,\n");
    expect(result.errorCount).toBe(0);
    expect(rows).toHaveLength(1);
  });

  it.each(["NaN", "Infinity", "-inf", "#N/A", "#DIV/0!", "#VALUE!"])(
    "refuses %s as a value, never reads it as blank",
    async (cell) => {
      const { result } = await parseText(`country,year,value\nJPN,2023,1.2\nJPN,2024,${cell}\n`);
      expect(result.errors.map((e) => [e.code, e.line, e.column, e.text])).toEqual([["notAFigure", 3, 3, cell]]);
    },
  );

  it.each(["", "..", ". .", "xxx", "n/a", "–", "-"])(
    "reads the missing-value marker %j as no figure and counts it",
    async (cell) => {
      const { result, rows } = await parseText(`country,year,value\nJPN,2023,1.2\nJPN,2024,${cell}\n`);
      expect(result).toMatchObject({ errorCount: 0, blankCells: 1, observations: 1 });
      expect(rows.map((r) => r.year)).toEqual([2023]);
    },
  );

  it("refuses a file with rows but no figure at all: it would empty the dataset", async () => {
    const { result } = await parseText("country,year,value\nJPN,2023,..\nKOR,2023,n/a\n");
    expect(result.errors.map((e) => e.code)).toEqual(["noFigures"]);
  });

  it("keeps values above 100% as warnings (Kuwait 1991 spent 117% of GDP)", async () => {
    const { result, rows } = await parseText("country,year,value\nKuwait,1991,117.4\n");
    expect(result.errorCount).toBe(0);
    expect(rows[0]!.value).toBe("117.4");
    expect(result.warnings.map((w) => w.code)).toContain("outlier");
  });

  it("strips footnote markers from names and knows the names publishers use", () => {
    const names = [
      "Türkiye (1)",
      "Poland*",
      "Poland‡",
      "Germany (a)",
      "Korea, South",
      "United States of America",
      "Turkey",
      "Czech Republic",
      "Slovak Republic",
      "Macedonia, FYR",
      "Russian Federation",
      "日本",
      "韓国",
      "米国",
      "英国",
      "كوريا الجنوبية",
      "الولايات المتحدة",
    ];
    expect(names.map(resolveCountry)).toEqual([
      "TUR",
      "POL",
      "POL",
      "DEU",
      "KOR",
      "USA",
      "TUR",
      "CZE",
      "SVK",
      "MKD",
      "RUS",
      "JPN",
      "KOR",
      "USA",
      "GBR",
      "KOR",
      "USA",
    ]);
    expect(resolveCountry("Congo (DR)")).toBe("COD"); // a bracketed name part is not a footnote
  });

  it("refuses a row whose name means two countries, naming both, and reads the full names apart", async () => {
    const { result, rows } = await parseText(
      "country,year,value\nCongo,2025,1.31\nCongo, DR,2025,1.38\n".replace("Congo, DR", '"Congo, DR"'),
    );
    expect(rows.map((r) => r.country)).toEqual(["COD"]);
    expect(result.errors.map((e) => [e.code, e.line, e.text])).toEqual([["ambiguousCountry", 2, "Congo"]]);
    expect(result.errors[0]!.message).toContain(
      "(Republic of the Congo (COG), Democratic Republic of the Congo (COD))",
    );
    const apart = await parseText('country,year,value\n"Congo, Republic",2025,1.3093\n"Congo, DR",2025,1.3751\n');
    expect(apart.rows.map((r) => `${r.country} ${r.value}`)).toEqual(["COG 1.3093", "COD 1.3751"]);
  });

  it("reads Japanese era years and fiscal-year spellings", () => {
    expect(
      ["令和7年度", "令和元年度", "平成30年度", "R6", "2025年度", "FY2024", "２０２４"].map((t) => parseYear(t)?.year),
    ).toEqual([2025, 2019, 2018, 2024, 2025, 2024, 2024]);
  });

  it("multiplies decimal text by 100 exactly", () => {
    expect(["0.013713969", "0.0137", "1.17", "0.5", "2e-3", "0", "0.00001715"].map(timesHundred)).toEqual([
      "1.3713969",
      "1.37",
      "117",
      "50",
      "0.2",
      "0",
      "0.001715",
    ]);
  });
});
