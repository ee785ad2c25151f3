import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { updateDataset } from "../../lib/import/datasets";
import { loadShippedData } from "../../lib/import/shipped-data";
import { readManifest } from "../../lib/import/shipped-manifest";
import { snapshot, useTestDatabase } from "../helpers/test-database";

const db = await useTestDatabase();
const manifest = await readManifest();

interface PublishedFigure {
  dataset: string;
  edition: string;
  country: string;
  year: number;
  value: number;
  source: string;
}
const published = JSON.parse(await readFile("tests/fixtures/published-figures.json", "utf8")) as PublishedFigure[];

describe(`shipped data (${db.kind})`, () => {
  let firstRun: Awaited<ReturnType<typeof loadShippedData>>;
  beforeAll(async () => {
    firstRun = await loadShippedData(db.pool, db.prisma);
  });

  it("loads every edition of data/manifest.json, the last of each dataset current", async () => {
    const expected = manifest.datasets.flatMap((d) => d.editions.map((e) => `${d.slug}/${e.label}`));
    expect(firstRun.map((r) => `${r.dataset}/${r.label}`)).toEqual(expected);
    expect(firstRun.every((r) => r.outcome === "loaded" && r.summary?.status === "committed")).toBe(true);
    for (const d of manifest.datasets) {
      const dataset = await db.prisma.dataset.findUniqueOrThrow({
        where: { slug: d.slug },
        include: { currentEdition: true },
      });
      expect(dataset.currentEdition?.label).toBe(d.editions.at(-1)!.label);
    }
  });

  it("a second start re-imports nothing and changes nothing", async () => {
    const before = await snapshot(db.pool);
    const again = await loadShippedData(db.pool, db.prisma);
    expect(again.every((r) => r.outcome === "present")).toBe(true);
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it("keeps an editor's edits to a shipped dataset's text on the next start, and applies the manifest's new text", async () => {
    const nato = manifest.datasets.find((d) => d.slug === "nato")!;
    await updateDataset(
      "nato",
      {
        name: nato.name,
        publisher: "NATO (edited)",
        definition: nato.definition,
        license: "Edited licence text",
        sourceUrl: nato.sourceUrl,
        description: "Edited description",
      },
      db.pool,
    );
    const dir = await mkdtemp(path.join(tmpdir(), "shipped-text-"));
    for (const d of manifest.datasets)
      for (const e of d.editions) await copyFile(path.join("data", e.file), path.join(dir, e.file));
    const changed = {
      ...manifest,
      reference: undefined,
      datasets: manifest.datasets.map((d) =>
        d.slug === "nato" ? { ...d, name: "NATO defence expenditure (renamed)", license: "New licence" } : d,
      ),
    };
    await writeFile(path.join(dir, "manifest.json"), JSON.stringify(changed));
    await loadShippedData(db.pool, db.prisma, { dataDir: dir });
    const after = await db.prisma.dataset.findUniqueOrThrow({ where: { slug: "nato" } });
    expect(after).toMatchObject({
      name: "NATO defence expenditure (renamed)", // the manifest's change, never edited
      publisher: "NATO (edited)",
      license: "Edited licence text", // edited: the manifest's new licence does not undo it
      description: "Edited description",
    });
    await loadShippedData(db.pool, db.prisma);
    expect(await db.prisma.dataset.findUniqueOrThrow({ where: { slug: "nato" } })).toMatchObject({
      name: nato.name,
      publisher: "NATO (edited)",
      license: "Edited licence text",
    });
  });

  it("loads each dataset in its unit, amounts in US$ millions beyond a share's range kept exactly", async () => {
    const units = await db.prisma.dataset.findMany({ select: { slug: true, unit: true }, orderBy: { slug: "asc" } });
    expect(units.filter((d) => d.unit !== "percent_of_gdp")).toEqual([
      { slug: "nato-equipment", unit: "percent_of_defence_expenditure" },
      { slug: "sipri-usd", unit: "usd_constant_2024_millions" },
    ]);
    const figure = (slug: string, country: string, year: number) =>
      db.prisma.observation.findFirst({
        where: { countryIso3: country, year, edition: { currentOf: { slug } } },
        select: { value: true, status: true },
      });
    expect(String((await figure("sipri-usd", "USA", 2024))!.value)).toBe("1004901");
    expect(await figure("nato-equipment", "POL", 2026)).toMatchObject({ status: "estimate" });
    expect(Number((await figure("nato-equipment", "POL", 2026))!.value)).toBe(55.91);
  });

  it(`matches ${published.length} figures typed from the published sources`, async () => {
    expect(published.length).toBeGreaterThanOrEqual(12);
    for (const figure of published) {
      const row = await db.prisma.observation.findFirst({
        where: {
          countryIso3: figure.country,
          year: figure.year,
          edition: { label: figure.edition, dataset: { slug: figure.dataset } },
        },
      });
      expect(row, `${figure.dataset} ${figure.edition} ${figure.country} ${figure.year}`).not.toBeNull();
      expect(Number(row!.value), `${figure.dataset} ${figure.edition} ${figure.country} ${figure.year}`).toBeCloseTo(
        figure.value,
        4,
      );
    }
  });

  it("gives every shipped row a source, and flags NATO's latest years as estimates", async () => {
    for (const d of manifest.datasets)
      for (const e of d.editions) {
        const text = await readFile(`data/${e.file}`, "utf8");
        const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
        expect(rows.length, e.file).toBeGreaterThan(0);
        for (const r of rows) expect(r.source?.trim(), `${e.file} ${r.country} ${r.year}`).toBeTruthy();
      }
    const latest = await db.pool.query<{ status: string; n: number }>(`
      SELECT o.status, count(*)::int AS n FROM observations o JOIN datasets d ON d.current_edition_id = o.edition_id
       WHERE d.slug = 'nato' AND o.year = (SELECT max(year) FROM observations WHERE edition_id = d.current_edition_id) GROUP BY o.status`);
    expect(latest.rows.map((r) => r.status)).toEqual(["estimate"]);
    expect(latest.rows[0]?.n).toBeGreaterThan(0);
  });

  it("documents every shipped file in data/SOURCES.md", async () => {
    const sources = await readFile("data/SOURCES.md", "utf8");
    for (const d of manifest.datasets) for (const e of d.editions) expect(sources).toContain(e.file);
    for (const file of manifest.reference ?? []) expect(sources).toContain(file);
  });

  it.skipIf(!manifest.reference)(
    "loads Japan's yen amounts and GDP figures listed under reference, each row with its source",
    async () => {
      const count = async (file: string) =>
        Papa.parse(await readFile(`data/${file}`, "utf8"), { header: true, skipEmptyLines: true }).data.length;
      const files = manifest.reference ?? [];
      const expected = { amounts: 0, gdp: 0 };
      for (const f of files) expected[f.includes("gdp") ? "gdp" : "amounts"] += await count(f);
      const { rows } = await db.pool.query(
        `SELECT (SELECT count(*)::int FROM japan_defense_amounts WHERE source <> '') AS amounts, (SELECT count(*)::int FROM japan_gdp WHERE source <> '') AS gdp`,
      );
      expect(rows[0]).toEqual(expected);
    },
  );
});
