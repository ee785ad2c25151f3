import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../lib/import/shipped-manifest";
import { buildShippedFile, readBuild, roundDecimal } from "../../lib/import/shipped-build";
import { hasSharedDatasets, SHARED_DATASETS } from "../helpers/shared-datasets";

const recipes = await readBuild("data");

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

  it("builds every file a shipped edition names that comes from a publisher's file in ../shared", async () => {
    const manifest = await readManifest();
    const shipped = new Set(manifest.datasets.flatMap((d) => d.editions.map((e) => e.file)));
    for (const r of recipes) expect(shipped.has(r.output), r.output).toBe(true);
    expect(recipes.map((r) => r.output).sort()).toEqual(["nato-core-2026.csv", "sipri-2026.csv", "sipri.csv"]);
  });

  it.skipIf(!hasSharedDatasets).each(recipes)(
    "data/$output equals what the importer reads from ../shared/datasets/$input",
    async (recipe) => {
      const built = await buildShippedFile(recipe, SHARED_DATASETS);
      expect(built.csv === (await readFile(path.join("data", recipe.output), "utf8"))).toBe(true);
      expect(built.rows).toBeGreaterThan(400);
    },
  );
});
