import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ParsedObservation } from "../../lib/csv/observations";
import { parseObservations } from "../../lib/csv/parse";
import { formats } from "../../lib/dashboard/text/format";
import { valueTicks } from "../../lib/dashboard/geometry/chart-box";
import { REFERENCE_TARGETS, targetsInUnit } from "../../lib/reference/targets";
import { type Unit, unitOf, UNIT_BOUNDS, UNITS } from "../../lib/reference/units";

// A dataset's unit decides how its figures are read, bounded, written and measured against goals.

async function parse(csv: string, quantity?: Unit) {
  const rows: ParsedObservation[] = [];
  const result = await parseObservations(
    "units.csv",
    Readable.from([new TextEncoder().encode(csv)]),
    (b) => void rows.push(...b),
    { quantity },
  );
  return { result, rows };
}

describe("a dataset's unit", () => {
  it("is one of the schema's units, read strictly", () => {
    expect(UNITS).toContain("percent_of_gdp");
    expect(unitOf("usd_constant_2024_millions")).toBe("usd_constant_2024_millions");
    expect(() => unitOf("percent")).toThrow(/Unknown unit/);
  });

  it("bounds the figures the importer accepts: an amount in US$ millions is not a share of GDP above 200", async () => {
    const csv = "country,year,value\nUSA,2024,1004901\nJPN,2024,54245.07\n";
    const asShare = await parse(csv);
    expect(asShare.result.errors.map((e) => [e.line, e.code])).toEqual([
      [2, "range"],
      [3, "range"],
    ]);
    const asDollars = await parse(csv, "usd_constant_2024_millions");
    expect([asDollars.result.errorCount, asDollars.rows.map((r) => r.value)]).toEqual([0, ["1004901", "54245.07"]]);
    const tooMuch = await parse("country,year,value\nUSA,2024,12345678901\n", "usd_constant_2024_millions");
    expect(tooMuch.result.errors[0]).toMatchObject({
      code: "rangeUnit",
      params: { max: UNIT_BOUNDS.usd_constant_2024_millions.max },
    });
  });

  it("warns of a share of GDP above 15%, not of an equipment share of 55.91%; caps a share of spending at 100", async () => {
    const csv = "country,year,value\nPOL,2026,55.91\nDEU,2024,21.17\n";
    expect((await parse(csv)).result.warnings.map((w) => w.code)).toEqual(["outlier", "outlier"]);
    const equipment = await parse(csv, "percent_of_defence_expenditure");
    expect([equipment.result.warningCount, equipment.result.errorCount, equipment.rows.length]).toEqual([0, 0, 2]);
    const over = await parse("country,year,value\nPOL,2026,117\n", "percent_of_defence_expenditure");
    expect(over.result.errors.map((e) => e.code)).toEqual(["rangeUnit"]);
  });

  it("never takes amounts in dollars for fractions", async () => {
    const small = "country,year,value\nISL,2024,0\nMNE,2024,0.1\nMKD,2024,0.15\n";
    expect((await parse(small)).result.errors.map((e) => e.code)).toEqual(["fractions"]);
    expect((await parse(small, "usd_constant_2024_millions")).result.errorCount).toBe(0);
  });

  it("refuses a unit column that names another unit than the dataset's", async () => {
    const csv = "country,year,unit,value\nPOL,2024,percent of GDP,42.9\n";
    expect((await parse(csv, "percent_of_defence_expenditure")).result.errors.map((e) => e.code)).toEqual(["unit"]);
    expect((await parse(csv)).result.errorCount).toBe(0);
  });

  it("writes figures in the unit, in each language", () => {
    expect(formats("en").share(2.345)).toBe("2.35%");
    expect(formats("en", "percent_of_defence_expenditure").share(55.91)).toBe("55.91%");
    const en = formats("en", "usd_constant_2024_millions");
    expect([en.share(54245.07), en.share(1004901), en.points(-75738.1), en.axis(200000), en.inPoints]).toEqual([
      "$54.2B",
      "$1T",
      "-$75.7B",
      "200",
      false,
    ]);
    expect(formats("ja", "usd_constant_2024_millions").share(54245.07)).toBe("$542億");
    expect(formats("ar", "usd_constant_2024_millions").share(54245.07)).toContain("مليار");
    // the shares' formats are unchanged by the new units
    expect([formats("en").inPoints, formats("en").axis(3.5)]).toEqual([true, "3.5%"]);
  });

  it("ticks a value axis at round steps, whatever the unit", () => {
    expect(valueTicks(4)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]);
    expect(valueTicks(57)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(valueTicks(1004902)).toEqual([0, 200000, 400000, 600000, 800000, 1000000]);
  });

  it("measures each unit only against its own goals", () => {
    expect(targetsInUnit(REFERENCE_TARGETS, "percent_of_gdp").map((g) => g.value)).toEqual([1, 2, 2, 3.5, 5]);
    expect(targetsInUnit(REFERENCE_TARGETS, "percent_of_defence_expenditure").map((g) => g.value)).toEqual([20]);
    expect(targetsInUnit(REFERENCE_TARGETS, "usd_constant_2024_millions")).toEqual([]);
  });
});
