import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/db/generated/client";
import { createPool } from "../../lib/db/pool";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { importEdition } from "../../lib/import/import-edition";
import { listCountryRecords } from "../../lib/reference/countries";
import { IMPORT_ARGS, IMPORT_COMMAND } from "../helpers/import-cli";
import { fixture } from "../helpers/parse-fixture";
import { startPrivatePostgres } from "../helpers/private-postgres";
import { snapshot } from "../helpers/test-database";

// The atomicity promise under real failures: the database server crashes, or the import process is killed, while
// rows are streaming into COPY. Afterwards the previous current edition is intact and no partial edition exists.
let server: Awaited<ReturnType<typeof startPrivatePostgres>>;
let dir: string;

beforeAll(async () => {
  server = await startPrivatePostgres();
  dir = await mkdtemp(path.join(os.tmpdir(), "dsd-faults-"));
  const pool = createPool(server.url);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  await prepareDatabase(pool, prisma);
  await prisma.dataset.create({
    data: {
      slug: "faults",
      name: "Faults",
      publisher: "Test",
      definition: "OTHER",
      license: "CC0",
      sourceUrl: "https://example.org/",
    },
  });
  const v1 = await importEdition(pool, {
    dataset: "faults",
    label: "v1",
    fileName: "long.csv",
    source: createReadStream(fixture("long.csv")),
    createdBy: "test",
  });
  expect(v1.status).toBe("committed");
  await prisma.$disconnect();
  await pool.end();
});
afterAll(async () => {
  await server?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Rows for every country × year: far more than fit in one write, so the import is mid-COPY when interrupted. */
const rows = listCountryRecords().flatMap((c) =>
  Array.from({ length: 150 }, (_, i) => `${c.iso3},${1900 + i},1.5,actual,,fault test\n`),
);

/** Starts the real CLI reading a named pipe, feeds it half the rows, and resolves once its COPY is running. */
async function importMidway(label: string) {
  const fifo = path.join(dir, `${label}.csv`);
  execFileSync("mkfifo", [fifo]);
  const cli: ChildProcess = spawn(IMPORT_COMMAND, [...IMPORT_ARGS, fifo, "--dataset", "faults", "--edition", label], {
    env: { ...process.env, DATABASE_URL: server.url },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  cli.stdout!.on("data", (d) => (output += d));
  cli.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => cli.on("exit", (code) => resolve(code)));
  const feed = createWriteStream(fifo);
  feed.on("error", () => {});
  feed.write("country,year,value,status,note,source\n");
  for (const row of rows.slice(0, rows.length / 2)) feed.write(row);
  const watcher = new pg.Client({ connectionString: server.url });
  await watcher.connect();
  let copying = false;
  for (let i = 0; i < 200 && !copying; i++) {
    const active = await watcher.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'COPY "observations"%'`,
    );
    copying = (active.rows[0]?.n ?? 0) > 0;
    if (!copying) await new Promise((r) => setTimeout(r, 50));
  }
  await watcher.end();
  expect(copying, `the import never reached COPY:\n${output}`).toBe(true);
  return { cli, exited, feed, output: () => output };
}

async function state() {
  const pool = createPool(server.url);
  try {
    const s = await snapshot(pool);
    const current = await pool.query<{ label: string }>(
      `SELECT e.label FROM datasets d JOIN editions e ON e.id = d.current_edition_id WHERE d.slug = 'faults'`,
    );
    return { ...s, current: current.rows.map((r) => r.label) };
  } finally {
    await pool.end();
  }
}

describe("an import interrupted mid-COPY changes nothing", () => {
  it("when PostgreSQL crashes (immediate stop) and restarts", async () => {
    const before = await state();
    const run = await importMidway("crash");
    await server.crash();
    run.feed.destroy();
    expect(await run.exited).not.toBe(0);
    await server.start();
    const after = await state();
    expect(after).toEqual(before);
    expect(after.current).toEqual(["v1"]);
  });

  it("when the import process is killed", async () => {
    const before = await state();
    const run = await importMidway("killed");
    process.kill(-run.cli.pid!, "SIGKILL");
    run.feed.destroy();
    await run.exited;
    // The server notices the dropped connection and rolls its transaction back; then the dataset is free again.
    const after = await state();
    expect(after).toEqual(before);
    const pool = createPool(server.url);
    const next = await importEdition(pool, {
      dataset: "faults",
      label: "v2",
      fileName: "wide-nato.csv",
      source: createReadStream(fixture("wide-nato.csv")),
      createdBy: "test",
      editionMode: "replace",
    });
    await pool.end();
    expect(next.status).toBe("committed");
  });
});
