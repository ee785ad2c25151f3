import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../helpers/import-cli";
import { adminQuery, uniqueName, urlFor } from "../helpers/postgres-admin";
import { fixture } from "../helpers/parse-fixture";
import { createDataset, snapshot, useTestDatabase } from "../helpers/test-database";

const db = await useTestDatabase();

/** The real CLI as a user runs it (npm run import -- …), against this file's database. */
const cli = (...args: string[]) => runImport(db.url, ...args);
const cliOn = runImport;
const writeTemp = async (name: string, text: string) => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "dsd-cli-")), name);
  await writeFile(file, text);
  return file;
};

describe(`npm run import (${db.kind})`, () => {
  beforeAll(async () => {
    await db.reset();
    await createDataset(db);
  });

  it("imports a file as the current edition and prints a summary", async () => {
    const run = await cli(fixture("wide-nato.csv"), "--dataset", "test-data", "--edition", "cli v1");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/wide format, utf-8, delimiter ","/);
    expect(run.stdout).toMatch(/rows read 3, figures inserted 15, rejected 0,.* time [\d.]+ s \(\d+ rows\/s\)/);
    expect(run.stdout).toMatch(/Edition #\d+ is now the current edition of "test-data"/);
    const dataset = await db.prisma.dataset.findUniqueOrThrow({
      where: { slug: "test-data" },
      include: { currentEdition: true },
    });
    expect(dataset.currentEdition).toMatchObject({ label: "cli v1", rowsInserted: 15 });
  });

  it("says so when the file is identical to the current edition", async () => {
    const run = await cli(fixture("wide-nato.csv"), "--dataset", "test-data", "--edition", "cli v2");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Identical to the current edition #\d+ of "test-data": nothing changed/);
  });

  it("rejects a bad file with file:line:column errors, exit code 1, and changes nothing", async () => {
    const before = await snapshot(db.pool);
    const run = await cli(fixture("invalid-rows.csv"), "--dataset", "test-data", "--edition", "bad");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'invalid-rows.csv:3:1 [country]: Unknown country: not an ISO 3166 code or a country name we recognise. (found "Narnia")',
    );
    expect(run.stderr).toMatch(/Import rejected: nothing was changed/);
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it("lists every unknown name at once, and leaves those rows out only with --skip-unknown, saying so in the note", async () => {
    const file = await writeTemp(
      "unknown.csv",
      "country,year,value\nJapan,2025,1.41\nAtlantis,2025,3.1\nLemuria,2025,1\n",
    );
    const before = await snapshot(db.pool);
    const refused = await cli(file, "--dataset", "test-data", "--edition", "unknown", "--mode", "update");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "2 rows name countries this dashboard does not recognise: Atlantis (line 3), Lemuria (line 4).",
    );
    expect(refused.stderr).toContain("run again with --skip-unknown");
    expect(await snapshot(db.pool)).toEqual(before);
    const run = await cli(
      file,
      "--dataset",
      "test-data",
      "--edition",
      "unknown",
      "--mode",
      "update",
      "--skip-unknown",
      "--note",
      "Japan 2025.",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "2 rows whose country is not recognised were left out, as chosen: Atlantis (line 3), Lemuria (line 4).",
    );
    const edition = await db.prisma.edition.findFirstOrThrow({ where: { label: "unknown" } });
    expect(edition.note).toBe(
      `Japan 2025.\n\nLeft out at import, as the editor chose: 2 rows of ${file} whose country was not recognised: Atlantis (line 3), Lemuria (line 4).`,
    );
  });

  it("refuses an unknown dataset and names the known ones", async () => {
    const run = await cli(fixture("long.csv"), "--dataset", "nope");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Unknown dataset "nope". Pass --dataset with one of: test-data/);
  });

  it("honours --delimiter, --decimal and --encoding overrides", async () => {
    const run = await cli(
      fixture("semicolon-decimal-comma-cp1252.csv"),
      "--dataset",
      "test-data",
      "--edition",
      "cp",
      "--mode",
      "replace",
      "--encoding",
      "windows-1252",
      "--delimiter",
      ";",
      "--decimal",
      ",",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/windows-1252, delimiter ";", decimal ","/);
  });
  it.skipIf(db.kind === "embedded")(
    "sets up a brand-new database (schema, countries, targets) before naming the missing dataset",
    async () => {
      const name = uniqueName("dsd_cli_fresh");
      await adminQuery(`CREATE DATABASE ${name}`);
      try {
        const run = await cliOn(urlFor(name), fixture("long.csv"), "--dataset", "nato");
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/Unknown dataset "nato".*run npm start once/);
        const fresh = new pg.Client({ connectionString: urlFor(name) });
        await fresh.connect();
        const counts = await fresh.query<{ countries: number; targets: number }>(
          `SELECT (SELECT count(*) FROM countries)::int AS countries, (SELECT count(*) FROM reference_targets)::int AS targets`,
        );
        await fresh.end();
        expect(counts.rows[0]?.countries).toBeGreaterThan(200);
        expect(counts.rows[0]?.targets).toBeGreaterThan(3);
      } finally {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    },
  );
});
