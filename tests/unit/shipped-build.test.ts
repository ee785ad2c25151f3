import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../lib/import/shipped-manifest";
import { buildShippedFile, readBuild, roundDecimal, unitOfShippedFile } from "../../lib/import/shipped-build";
import { hasSharedDatasets, SHARED_DATASETS } from "../helpers/shared-datasets";

const recipes = await readBuild("data");
const manifest = await readManifest();

describe("npm run data:build", () => {
  it("rounds decimal text half up, exactly", () => {
    expect(["1.37139", "0.95780", "0.99995", "9.99996", "2", "0.00004"].map((t) => roundDecimal(t, 4))).toEqual([
      "1.3714",
      "0.9578",
      "1.0000",
      "10.0000",
      "2.0000",
      "0.0000",
    ]);
  });

  it("builds every file a shipped edition names that comes from a publisher's file in ../shared", () => {
    const shipped = new Set(manifest.datasets.flatMap((d) => d.editions.map((e) => e.file)));
    for (const r of recipes) expect(shipped.has(r.output), r.output).toBe(true);
    expect(recipes.map((r) => r.output).sort()).toEqual([
      "nato-core-2026.csv",
      "nato-equipment-2026.csv",
      "sipri-2026.csv",
      "sipri-usd-2026.csv",
      "sipri.csv",
    ]);
  });

  it("reads each file in its dataset's unit: a share of GDP is bounded, an amount in US$ millions is not", () => {
    const units = Object.fromEntries(recipes.map((r) => [r.output, unitOfShippedFile(manifest, r.output)]));
    expect(units).toEqual({
      "sipri.csv": "percent_of_gdp",
      "sipri-2026.csv": "percent_of_gdp",
      "nato-core-2026.csv": "percent_of_gdp",
      "nato-equipment-2026.csv": "percent_of_defence_expenditure",
      "sipri-usd-2026.csv": "usd_constant_2024_millions",
    });
    expect(() => unitOfShippedFile(manifest, "nobody-lists-this.csv")).toThrow(/no dataset/);
  });

  it.skipIf(!hasSharedDatasets).each(recipes)(
    "data/$output equals what the importer reads from ../shared/datasets/$input",
    async (recipe) => {
      const built = await buildShippedFile(recipe, SHARED_DATASETS, unitOfShippedFile(manifest, recipe.output));
      expect(built.csv === (await readFile(path.join("data", recipe.output), "utf8"))).toBe(true);
      expect(built.rows).toBeGreaterThan(400);
    },
  );

  it.skipIf(!hasSharedDatasets)("the new measures hold the publishers' own figures", async () => {
    const read = async (output: string) => {
      const recipe = recipes.find((r) => r.output === output)!;
      const built = await buildShippedFile(recipe, SHARED_DATASETS, unitOfShippedFile(manifest, output));
      const rows = built.csv.split("\n").map((l) => l.split(","));
      return (country: string, year: number) => rows.find((r) => r[0] === country && r[1] === String(year))?.[2];
    };
    const equipment = await read("nato-equipment-2026.csv");
    // PROVENANCE.md's spot value, and rows of the extract read by hand
    expect([equipment("POL", 2026), equipment("DEU", 2024), equipment("USA", 2025)]).toEqual([
      "55.91",
      "21.17",
      "29.21",
    ]);
    const usd = await read("sipri-usd-2026.csv");
    expect([usd("USA", 2024), usd("JPN", 2025)?.slice(0, 8)]).toEqual(["1004901", "59493.13"]);
    // the same workbook read as a share of GDP refuses amounts above 200
    const sheet = recipes.find((r) => r.output === "sipri-usd-2026.csv")!;
    await expect(buildShippedFile(sheet, SHARED_DATASETS, "percent_of_gdp")).rejects.toThrow(/between 0 and 200/);
  });
});
