import { beforeEach, describe, expect, it } from "vitest";
import { runImport } from "../helpers/import-cli";
import { mismatches, PUBLISHER_CASES } from "../helpers/publisher-cases";
import { publisherFile, shippedFigures } from "../helpers/shipped-figures";
import { createDataset, snapshot, useTestDatabase } from "../helpers/test-database";

// The update path as an analyst runs it: publisher-shaped files through `npm run import`, against a real database.
// Every refusal must leave every table byte-for-byte as it was.
const db = await useTestDatabase();
const cli = (...args: string[]) => runImport(db.url, ...args);
const sipri = shippedFigures("sipri.csv");

async function currentFigures(slug = "test-data"): Promise<Map<string, string>> {
  const { rows } = await db.pool.query<{ key: string; value: string }>(
    `SELECT o.country_iso3 || ' ' || o.year AS key, o.value::float8::text AS value
       FROM observations o JOIN datasets d ON d.current_edition_id = o.edition_id WHERE d.slug = $1`,
    [slug],
  );
  return new Map(rows.map((r) => [r.key, r.value]));
}

async function expectRefusedUnchanged(args: string[], message: RegExp) {
  const before = await snapshot(db.pool);
  const run = await cli(...args);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(message);
  expect(await snapshot(db.pool)).toEqual(before);
}

/** SIPRI's share-of-GDP file (fractions, 35 figures) as the dataset's current edition. */
const importSipriFractions = () =>
  cli(publisherFile("sipri-share-of-gdp.csv"), "--dataset", "test-data", "--edition", "sipri", "--unit", "fraction");

// Each test starts from its own state (an empty dataset, or SIPRI's 35 figures loaded), so any one runs alone.
beforeEach(async () => {
  await db.reset();
  await createDataset(db);
});

describe(`imports through npm run import (${db.kind})`, () => {
  it("refuses SIPRI's fractions until --unit is given, then imports the right figures", async () => {
    await expectRefusedUnchanged(
      [publisherFile("sipri-share-of-gdp.csv"), "--dataset", "test-data", "--edition", "sipri"],
      /values are below 0\.2[\s\S]*--unit fraction/,
    );
    const run = await importSipriFractions();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/group rows skipped 11/);
    const figures = await currentFigures();
    expect(figures.size).toBe(35);
    for (const [key, value] of figures) expect(Number(value)).toBe(Number(sipri.get(key)));
  });

  it.each([
    ["nan-value.csv", /nan-value\.csv:3:3 \[value\]: Value is not a figure[\s\S]*found "NaN"/],
    ["extra-fields.csv", /extra-fields\.csv:3:4: This row has 2 more fields[\s\S]*found "extra, cols"/],
    ["extra-fields-semicolon.csv", /extra-fields-semicolon\.csv:3:4: This row has 1 more fields[\s\S]*found "9"/],
    ["no-figures.csv", /not a single figure/],
    ["long-fractions.csv", /look like fractions/],
  ])("refuses %s with file, line and column, and changes nothing", async (file, message) => {
    await expectRefusedUnchanged(
      [publisherFile(file), "--dataset", "test-data", "--edition", file, "--mode", "update"],
      message,
    );
  });

  it.each(PUBLISHER_CASES)("imports $file to the right figures", async ({ file, args, figures, truth }) => {
    const flags = Object.entries(args).flatMap(([k, v]) => [`--${k}`, v]);
    const run = await cli(
      publisherFile(file),
      "--dataset",
      "test-data",
      "--edition",
      `case ${file}`,
      "--mode",
      "replace",
      ...flags,
    );
    expect(run.code, run.stderr).toBe(0);
    const imported = await currentFigures();
    expect(imported.size).toBe(figures);
    expect(mismatches(new Map([...imported].map(([k, v]) => [k, Number(v)])), truth)).toEqual([]);
  });

  it("imports SIPRI's workbook (percent cells, Share of GDP chosen) and NATO's by --sheet", async () => {
    const run = await cli(
      publisherFile("sipri-milex.xlsx"),
      "--dataset",
      "test-data",
      "--edition",
      "xlsx",
      "--mode",
      "replace",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/XLSX workbook, sheet "Share of GDP" \(of 5\)/);
    const figures = await currentFigures();
    expect(figures.get("JPN 2024")).toBe("1.3714");
    for (const [key, value] of figures) expect(Number(value)).toBe(Number(sipri.get(key)));
    await expectRefusedUnchanged(
      [publisherFile("nato-def-exp.xlsx"), "--dataset", "test-data", "--edition", "nato", "--sheet", "Table 9"],
      /no sheet named “Table 9”[\s\S]*--sheet/,
    );
    const nato = await cli(
      publisherFile("nato-def-exp.xlsx"),
      "--dataset",
      "test-data",
      "--edition",
      "nato",
      "--sheet",
      "Table 3",
      "--mode",
      "update",
    );
    expect(nato.code).toBe(0);
    expect((await currentFigures()).get("POL 2025")).toBe("4.48");
  });
});

describe(`updates over SIPRI's 35 figures through npm run import (${db.kind})`, () => {
  beforeEach(async () => {
    expect((await importSipriFractions()).code).toBe(0);
  });

  it("refuses a two-row file that would remove figures without --mode, naming the count and both options", async () => {
    await expectRefusedUnchanged(
      [publisherFile("update-2025.csv"), "--dataset", "test-data", "--edition", "two rows"],
      /would remove 35 of the 35 figures[\s\S]*--mode update[\s\S]*--mode replace/,
    );
  });

  it("--mode update adds the two figures and keeps every other one", async () => {
    const before = await currentFigures();
    const run = await cli(
      publisherFile("update-2025.csv"),
      "--dataset",
      "test-data",
      "--edition",
      "two rows",
      "--mode",
      "update",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/35 figures of the current edition carried over/);
    const after = await currentFigures();
    expect(after.size).toBe(37);
    for (const [key, value] of before) expect(after.get(key)).toBe(value);
    expect([after.get("JPN 2025"), after.get("DEU 2025")]).toEqual(["1.4", "2.27"]);
  });

  it("--mode replace makes the file the whole edition", async () => {
    const run = await cli(
      publisherFile("update-2025.csv"),
      "--dataset",
      "test-data",
      "--edition",
      "replaced",
      "--mode",
      "replace",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/replace: 35 figures of the previous edition are not in this one/);
    expect([...(await currentFigures()).keys()].sort()).toEqual(["DEU 2025", "JPN 2025"]);
  });
});
