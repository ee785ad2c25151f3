import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadShippedData } from "../../lib/import/shipped-data";
import { useTestDatabase } from "../helpers/test-database";

// Japan's yen amounts and GDP, listed under "reference" in the manifest, loaded by the shipped-data import.
const db = await useTestDatabase();
const version = async () => (await db.pool.query<{ v: number }>(`SELECT value::int AS v FROM data_version`)).rows[0]!.v;
const rows = async () => ({
  amounts: (
    await db.pool.query<{
      fiscal_year: number;
      measure: string;
      budget: string;
      bn: number;
      status: string;
      note: string | null;
      source: string;
    }>(
      `SELECT fiscal_year, measure, budget, amount_jpy_bn::float AS bn, status, note, source FROM japan_defense_amounts ORDER BY 1, 2, 3`,
    )
  ).rows,
  gdp: (
    await db.pool.query<{ fiscal_year: number; bn: number; kind: string; source: string }>(
      `SELECT fiscal_year, gdp_jpy_bn::float AS bn, kind, source FROM japan_gdp ORDER BY 1, 3`,
    )
  ).rows,
});

const dir = await mkdtemp(path.join(tmpdir(), "japan-figures-"));
await cp("tests/fixtures/reference", dir, { recursive: true });

describe(`Japan's amounts and GDP (${db.kind})`, () => {
  it("loads both files with every row's source", async () => {
    let reported: unknown;
    await loadShippedData(db.pool, db.prisma, { dataDir: dir, onReference: (r) => (reported = r) });
    expect(reported).toEqual({ amounts: 4, gdp: 4 });
    const { amounts, gdp } = await rows();
    expect(amounts.find((a) => a.fiscal_year === 2026)).toMatchObject({
      measure: "defense_related",
      budget: "initial",
      bn: 9035.3,
      status: "budget",
      note: null,
    });
    expect(gdp.map((g) => [g.fiscal_year, g.kind, g.bn])).toEqual([
      [2022, "actual", 560000],
      [2024, "estimate", 636000],
      [2025, "forecast", 615000],
      [2026, "forecast", 692000],
    ]);
    expect([...amounts, ...gdp].every((r) => r.source.length > 0)).toBe(true);
  });

  it("a second start changes nothing, not even the data version", async () => {
    const [before, v] = [await rows(), await version()];
    await loadShippedData(db.pool, db.prisma, { dataDir: dir });
    expect(await rows()).toEqual(before);
    expect(await version()).toBe(v);
  });

  it("a new version of a file updates changed rows, removes dropped ones and bumps the data version", async () => {
    const v = await version();
    const file = path.join(dir, "japan-gdp.csv");
    const lines = (await readFile(file, "utf8")).trim().split("\n");
    await writeFile(file, [...lines.slice(0, 3), lines[4]!.replace("692000", "691500")].join("\n"));
    await loadShippedData(db.pool, db.prisma, { dataDir: dir });
    expect((await rows()).gdp.map((g) => [g.fiscal_year, g.bn])).toEqual([
      [2022, 560000],
      [2024, 636000],
      [2026, 691500],
    ]);
    expect(await version()).toBeGreaterThan(v);
  });

  it("leaves the tables unchanged when a file is invalid", async () => {
    const before = await rows();
    await writeFile(
      path.join(dir, "japan-defense-amounts.csv"),
      "fiscal_year,measure,budget,amount_jpy_bn,status,note,source\n2025,defence,initial,1,budget,,x\n",
    );
    await expect(loadShippedData(db.pool, db.prisma, { dataDir: dir })).rejects.toThrow(/line 2, column measure/);
    expect(await rows()).toEqual(before);
  });
});
