import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadShippedData } from "../../lib/import/shipped-data";
import { readManifest } from "../../lib/import/shipped-manifest";
import { shippedFigures } from "../helpers/shipped-figures";
import { snapshot, useTestDatabase } from "../helpers/test-database";

// A shipped edition marked "mode": "update" in the manifest is the edition listed before it plus its file's figures,
// each carried figure keeping its own note and source. The shipped data has none now (SIPRI's April 2026 edition is
// read whole from SIPRI's workbook), so this builds a data directory with one: April 2025 and a two-figure update.
const db = await useTestDatabase();
const manifest = await readManifest();
const sipri = manifest.datasets.find((d) => d.slug === "sipri")!;
const april2025 = sipri.editions[0]!;
const UPDATE_FILE = "sipri-update.csv";
const april2026 = {
  file: UPDATE_FILE,
  label: "April 2026 (2025 for 2 countries)",
  mode: "update" as const,
  publishedOn: "2026-04-27",
  note: "Two 2025 figures.",
};
const UPDATE_CSV =
  "country,year,value,status,note,source\nJPN,2025,1.4117,estimate,,SIPRI April 2026 (test)\nPOL,2025,4.4969,estimate,,SIPRI April 2026 (test)\n";
const whole = shippedFigures(april2025.file);
const update = new Map([
  ["JPN 2025", "1.4117"],
  ["POL 2025", "4.4969"],
]);
const notReplaced = [...whole.keys()].filter((key) => !update.has(key)).length;

interface EditionRow {
  id: number;
  status: string;
  figures_carried: number;
  rows_inserted: number;
  based_on_edition_id: number | null;
  current_edition_id: number | null;
}
const edition = async (label: string) =>
  (
    await db.pool.query<EditionRow>(
      `SELECT e.id, e.status, e.figures_carried, e.rows_inserted, e.based_on_edition_id, d.current_edition_id FROM editions e JOIN datasets d ON d.id = e.dataset_id WHERE d.slug = 'sipri' AND e.label = $1`,
      [label],
    )
  ).rows;
const value = async (editionId: number, country: string, year: number) =>
  (
    await db.pool.query<{ v: number }>(
      `SELECT value::float8 AS v FROM observations WHERE edition_id = $1 AND country_iso3 = $2 AND year = $3`,
      [editionId, country, year],
    )
  ).rows[0]?.v;
/** Figures of `to` identical to `from`'s in value, status, note and source. */
const sameAs = async (to: number, from: number) =>
  (
    await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM observations n JOIN observations a ON a.edition_id = $2 AND a.country_iso3 = n.country_iso3 AND a.year = n.year
     WHERE n.edition_id = $1 AND (a.value, a.status, a.note, a.source) IS NOT DISTINCT FROM (n.value, n.status, n.note, n.source)`,
      [to, from],
    )
  ).rows[0]?.n;

/** A data directory holding only the SIPRI dataset, as `editions` describe it. */
async function sipriOnly(editions: object[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "shipped-update-"));
  await copyFile(path.join("data", april2025.file), path.join(dir, april2025.file));
  await writeFile(path.join(dir, UPDATE_FILE), UPDATE_CSV);
  await writeFile(path.join(dir, "manifest.json"), JSON.stringify({ datasets: [{ ...sipri, editions }] }));
  return dir;
}

describe(`a shipped update edition (${db.kind})`, () => {
  let firstRun: Awaited<ReturnType<typeof loadShippedData>>;
  beforeAll(async () => {
    firstRun = await loadShippedData(db.pool, db.prisma, { dataDir: await sipriOnly([april2025, april2026]) });
  });

  it("holds the file's 2025 figures and every April 2025 figure it does not replace, each with its own source", async () => {
    expect(notReplaced).toBeGreaterThan(2000);
    const before = (await edition(april2025.label))[0]!;
    const after = (await edition(april2026.label))[0]!;
    expect(firstRun.find((r) => r.label === april2026.label)?.summary).toMatchObject({
      status: "committed",
      carried: notReplaced,
      removed: 0,
    });
    expect(after).toMatchObject({
      status: "committed",
      figures_carried: notReplaced,
      rows_inserted: update.size + notReplaced,
      based_on_edition_id: before.id,
      current_edition_id: after.id,
    });
    expect(await value(after.id, "JPN", 2025)).toBe(Number(update.get("JPN 2025")));
    expect(await value(after.id, "JPN", 2024)).toBe(1.3714);
    expect(await sameAs(after.id, before.id)).toBe(notReplaced);
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM observations WHERE edition_id = $1 AND year < 2025 AND source LIKE '%(April 2025 release)%'`,
      [after.id],
    );
    expect(rows[0]?.n).toBe(notReplaced);
  });

  it("re-running the shipped load changes nothing and makes no second edition", async () => {
    const before = await snapshot(db.pool);
    const again = await loadShippedData(db.pool, db.prisma, { dataDir: await sipriOnly([april2025, april2026]) });
    expect(again.every((r) => r.outcome === "present")).toBe(true);
    expect(await snapshot(db.pool)).toEqual(before);
    expect(await edition(april2026.label)).toHaveLength(1);
  });

  it("updates April 2025, not the current edition, in a database an older manifest loaded the partial edition into", async () => {
    await db.reset();
    const partial = "April 2026 (partial: 2025 only, 2 countries)";
    await loadShippedData(db.pool, db.prisma, {
      dataDir: await sipriOnly([april2025, { ...april2026, label: partial, mode: "replace" }]),
    });
    expect((await edition(partial))[0]).toMatchObject({ figures_carried: 0, rows_inserted: update.size });
    await loadShippedData(db.pool, db.prisma, { dataDir: await sipriOnly([april2025, april2026]) });
    const [before, old, after] = [
      (await edition(april2025.label))[0]!,
      (await edition(partial))[0]!,
      (await edition(april2026.label))[0]!,
    ];
    expect(after).toMatchObject({
      figures_carried: notReplaced,
      rows_inserted: update.size + notReplaced,
      based_on_edition_id: before.id,
      current_edition_id: after.id,
    });
    expect(old).toMatchObject({ status: "committed" }); // still in the history, for links pinned to it
    expect(await value(after.id, "JPN", 2024)).toBe(1.3714);
  });
});
