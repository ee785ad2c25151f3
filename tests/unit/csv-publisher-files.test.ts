import { createReadStream, readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ParsedObservation } from "../../lib/csv/observations";
import { type ParseOverrides, parseObservations } from "../../lib/csv/parse";
import { resolveCountry } from "../../lib/reference/country-lookup";
import { byteSource } from "../helpers/byte-source";
import { hasSharedDatasets, NATO_EXTRACT } from "../helpers/shared-datasets";

async function parse(file: string, overrides?: ParseOverrides) {
  const rows: ParsedObservation[] = [];
  const result = await parseObservations(file, createReadStream(file), (b) => void rows.push(...b), overrides);
  return { result, rows, byKey: new Map(rows.map((r) => [`${r.country} ${r.year}`, r])) };
}

async function parseText(text: string, overrides?: ParseOverrides) {
  const rows: ParsedObservation[] = [];
  const result = await parseObservations(
    "t.csv",
    byteSource([new TextEncoder().encode(text)]),
    (b) => void rows.push(...b),
    overrides,
  );
  return { result, rows };
}

describe("rows an editor chooses to leave out", () => {
  const file =
    'country,year,value\nJapan,2025,1.41\nAtlantis,2025,3.1\n"Korea, South",2025,2.6\nAtlantis,2024,3.0\nLemuria,2025,1\n';

  it("refuses unknown names, each row located, and lists every name at once", async () => {
    const { result, rows } = await parseText(file);
    expect(rows).toHaveLength(2);
    expect(result.errors.map((e) => [e.code, e.line, e.text])).toEqual([
      ["unknownCountry", 3, "Atlantis"],
      ["unknownCountry", 5, "Atlantis"],
      ["unknownCountry", 6, "Lemuria"],
    ]);
    expect(result.unknownCountries).toEqual({
      rows: 3,
      names: [
        { name: "Atlantis", line: 3, rows: 2 },
        { name: "Lemuria", line: 6, rows: 1 },
      ],
    });
  });

  it("leaves them out when told, and says which", async () => {
    const { result, rows } = await parseText(file, { skipUnknown: true });
    expect(result.errorCount).toBe(0);
    expect(rows.map((r) => r.country)).toEqual(["JPN", "KOR"]);
    expect(result.warnings.find((w) => w.code === "unknownLeftOut")?.message).toBe(
      "3 rows whose country is not recognised were left out, as chosen: Atlantis (line 3, 2 rows), Lemuria (line 6).",
    );
  });

  it("never leaves out a row whose name means two countries", async () => {
    const { result } = await parseText("country,year,value\nCongo,2025,1.3\n", { skipUnknown: true });
    expect(result.errors.map((e) => e.code)).toEqual(["ambiguousCountry"]);
  });
});

describe("a long file with a measure column and a true/false estimate column", () => {
  const text =
    "geo,country,year,estimate,measure,value\nPL,Polonia,2025,True,core_share_gdp,4.25\nPL,Polonia,2025,True,personnel_k,210.0\nPL,Polonia,2024,False,core_share_gdp,3.75\n";

  it("is refused without a chosen measure: other units are not percent of GDP", async () => {
    const { result } = await parseText(text);
    expect(result.errors.map((e) => [e.code, e.line, e.text])).toEqual([
      ["unit", 2, "core_share_gdp"],
      ["unit", 3, "personnel_k"],
      ["unit", 4, "core_share_gdp"],
    ]);
  });

  it("reads the chosen measure, its estimates as estimates, and counts what it left out", async () => {
    const { result, rows } = await parseText(text, { measure: "core_share_gdp" });
    expect(result).toMatchObject({ errorCount: 0, otherMeasureRows: 1, observations: 2 });
    expect(rows.map((r) => [r.country, r.year, r.value, r.status])).toEqual([
      ["POL", 2025, "4.25", "estimate"],
      ["POL", 2024, "3.75", "actual"],
    ]);
    expect(result.warnings.map((w) => w.message)).toContain(
      "1 row of other measures was left out (personnel_k): only “core_share_gdp” was read.",
    );
  });
});

describe.skipIf(!hasSharedDatasets)("NATO's July 2026 extract (../shared/datasets/nato-2026)", () => {
  // read in the test: a skipped suite's body still runs, and the file is absent where it is skipped
  const extract = () =>
    Papa.parse<Record<string, string>>(readFileSync(NATO_EXTRACT, "utf8"), { header: true, skipEmptyLines: true }).data;

  it("imports Table 3 (core_share_gdp): 31 allies × 2014-2026, 2025 and 2026 as NATO's estimates", async () => {
    const { result, rows, byKey } = await parse(NATO_EXTRACT, { measure: "core_share_gdp" });
    const table3 = extract().filter((r) => r.measure === "core_share_gdp" && !r.geo!.startsWith("NATO_"));
    expect(result).toMatchObject({ format: "long", errorCount: 0, observations: table3.length, aggregatesSkipped: 26 });
    expect(table3).toHaveLength(31 * 13);
    for (const r of table3) {
      const o = byKey.get(`${resolveCountry(r.geo!)} ${r.year}`);
      expect(o && [o.value, o.status], `${r.geo} ${r.year}`).toEqual([
        r.value,
        r.estimate === "True" ? "estimate" : "actual",
      ]);
    }
    expect(byKey.get("POL 2026")).toMatchObject({ value: "4.68", status: "estimate" });
    expect(byKey.get("GRC 2024")).toMatchObject({ status: "actual" });
    expect(byKey.get("GBR 2025")).toMatchObject({ status: "estimate" });
    expect(new Set(rows.map((r) => r.country)).size).toBe(31);
  });
});
