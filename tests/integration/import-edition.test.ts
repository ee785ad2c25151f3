import { createReadStream } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { importEdition } from "../../lib/import/import-edition";
import { fixture } from "../helpers/parse-fixture";
import { createDataset, snapshot, useTestDatabase } from "../helpers/test-database";

const db = await useTestDatabase();

const run = (file: string, label: string, dataset = "test-data") =>
  importEdition(
    {
      dataset,
      label,
      fileName: file,
      source: createReadStream(fixture(file)),
      createdBy: "test",
      editionMode: "replace",
    },
    db.pool,
  );

interface CurrentRow {
  label: string;
  country: string;
  year: number;
  value: string;
  status: string;
  note: string | null;
}
const current = async (slug = "test-data") =>
  (
    await db.pool.query<CurrentRow>(
      `SELECT e.label, o.country_iso3 AS country, o.year, o.value::text AS value, o.status, o.note
       FROM datasets d JOIN editions e ON e.id = d.current_edition_id JOIN observations o ON o.edition_id = e.id
      WHERE d.slug = $1 ORDER BY o.country_iso3, o.year`,
      [slug],
    )
  ).rows;

describe(`importing an edition (${db.kind})`, () => {
  beforeEach(async () => {
    await db.reset();
    await createDataset(db);
  });

  it.each([
    "long.csv",
    "semicolon-decimal-comma-cp1252.csv",
    "tab.tsv",
    "utf16le-bom.csv",
    "utf8-bom.csv",
    "wide-nato.csv",
    "world-bank.csv",
    "owid.csv",
  ])("loads %s and makes it current", async (file) => {
    const summary = await run(file, "v1");
    expect(summary.status).toBe("committed");
    const rows = await current();
    expect(rows).toHaveLength(summary.parse!.observations);
    expect(rows.every((r) => r.label === "v1")).toBe(true);
  });

  it("stores exactly what the file says", async () => {
    await run("long.csv", "v1");
    expect(await current()).toEqual([
      { label: "v1", country: "JPN", year: 2022, value: "1.080000", status: "actual", note: null },
      { label: "v1", country: "JPN", year: 2023, value: "1.140000", status: "actual", note: null },
      {
        label: "v1",
        country: "POL",
        year: 2024,
        value: "4.120000",
        status: "estimate",
        note: 'NATO estimate, "2024e"',
      },
      { label: "v1", country: "TUR", year: 2024, value: "2.090000", status: "estimate", note: null },
      { label: "v1", country: "USA", year: 2024, value: "3.380000", status: "estimate", note: null },
    ]);
    const edition = await db.prisma.edition.findFirstOrThrow({ where: { label: "v1" } });
    expect(edition).toMatchObject({
      status: "committed",
      rowsRead: 5,
      rowsInserted: 5,
      rowsRejected: 0,
      createdBy: "test",
      fileName: "long.csv",
    });
    expect(edition.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a newer edition becomes current and the older one is kept", async () => {
    await run("long.csv", "v1");
    await run("wide-nato.csv", "v2");
    expect(new Set((await current()).map((r) => r.label))).toEqual(new Set(["v2"]));
    expect(await db.prisma.edition.count()).toBe(2);
    expect(await db.prisma.observation.count()).toBe(5 + 15);
  });

  it("re-importing the current file changes nothing", async () => {
    const first = await run("long.csv", "v1");
    const before = await snapshot(db.pool);
    const again = await run("long.csv", "v1 again");
    expect(again).toMatchObject({ status: "unchanged", editionId: first.editionId });
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it.each([
    "invalid-rows.csv",
    "empty.csv",
    "header-only.csv",
    "page.html.csv",
    "binary.csv",
    "unclosed-quote.csv",
    "quoted-newline.csv",
  ])("a failing file (%s) leaves every table exactly as it was", async (file) => {
    await run("long.csv", "v1");
    const before = await snapshot(db.pool);
    const summary = await run(file, "bad");
    expect(summary.status).toBe("rejected");
    expect(summary.errorCount).toBeGreaterThan(0);
    expect(summary.errors[0]).toMatchObject({ file });
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it("a database error in the middle of loading rolls everything back", async () => {
    await run("long.csv", "v1");
    // Remove a country the file refers to: its rows fail the foreign key inside the load transaction.
    await db.pool.query(`DELETE FROM countries WHERE iso3 = 'ALB'`);
    const before = await snapshot(db.pool);
    await expect(run("wide-nato.csv", "v2")).rejects.toThrow(/foreign key|violates/);
    expect(await snapshot(db.pool)).toEqual(before);
    await db.pool.query(
      `INSERT INTO countries (iso3, name, nato_accession, groups) VALUES ('ALB', 'Albania', 2009, '{NATO,NATO_EUROPE}')`,
    );
  });

  it("refuses an unknown dataset or a label used before", async () => {
    await expect(run("long.csv", "v1", "nope")).rejects.toThrow('Unknown dataset "nope"');
    await run("long.csv", "v1");
    await expect(run("wide-nato.csv", "v1")).rejects.toThrow(/already has an edition labelled "v1"/);
  });

  it("8 concurrent imports into one dataset are serialized, row counts exact, never mixed", async () => {
    const files = [
      "long.csv",
      "wide-nato.csv",
      "owid.csv",
      "world-bank.csv",
      "tab.tsv",
      "utf8-bom.csv",
      "long-revised.csv",
      "semicolon-decimal-comma-cp1252.csv",
    ];
    const expected = [5, 15, 4, 8, 2, 2, 5, 3];
    const results = await Promise.all(files.map((f, i) => run(f, `import ${i}`)));
    expect(results.map((r) => r.status)).toEqual(files.map(() => "committed"));
    const counts = (
      await db.pool.query(
        `SELECT e.label, e.rows_inserted, count(o.*)::int AS n FROM editions e LEFT JOIN observations o ON o.edition_id = e.id GROUP BY e.id ORDER BY e.label`,
      )
    ).rows;
    expect(counts).toEqual(expected.map((n, i) => ({ label: `import ${i}`, rows_inserted: n, n })));
    // each edition holds exactly its own file's figures
    const japan = await db.pool.query(
      `SELECT e.label, o.value::text AS v FROM observations o JOIN editions e ON e.id = o.edition_id WHERE o.country_iso3 = 'JPN' AND o.year = 2023 ORDER BY e.label`,
    );
    expect(japan.rows).toEqual([
      { label: "import 0", v: "1.140000" },
      { label: "import 2", v: "1.139546" },
      { label: "import 3", v: "1.140000" },
      { label: "import 6", v: "1.190000" },
    ]);
    const currentLabels = new Set((await current()).map((r) => r.label));
    expect(currentLabels.size).toBe(1);
  });
});
