import { type ChildProcess, spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
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
// its figures are written and not yet committed. Afterwards the previous current edition is intact and no partial edition exists.
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
  const v1 = await importEdition(
    {
      dataset: "faults",
      label: "v1",
      fileName: "long.csv",
      source: createReadStream(fixture("long.csv")),
      createdBy: "test",
    },
    pool,
  );
  expect(v1.status).toBe("committed");
  await prisma.$disconnect();
  await pool.end();
});
afterAll(async () => {
  await server?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Rows for every country × year: far more than fit in one write. */
const rows = listCountryRecords().flatMap((c) =>
  Array.from({ length: 150 }, (_, i) => `${c.iso3},${1900 + i},1.5,actual,,fault test\n`),
);

/**
 * Starts the real CLI on a file and stops it at its last statement: another connection holds the data version's row,
 * which making the new edition current must update (a trigger), so the import has written its edition and every
 * figure, uncommitted, and waits. Resolves once it waits there.
 */
async function importHeldBeforeCommit(label: string) {
  const file = path.join(dir, `${label}.csv`);
  await writeFile(file, `country,year,value,status,note,source\n${rows.join("")}`);
  const holder = new pg.Client({ connectionString: server.url });
  holder.on("error", () => {});
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query(`SELECT 1 FROM data_version FOR UPDATE`);
  const cli: ChildProcess = spawn(IMPORT_COMMAND, [...IMPORT_ARGS, file, "--dataset", "faults", "--edition", label], {
    env: { ...process.env, DATABASE_URL: server.url },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  cli.stdout!.on("data", (d) => (output += d));
  cli.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => cli.on("exit", (code) => resolve(code)));
  // a connection of its own: within the holder's transaction, pg_stat_activity would stay as it first read it
  const watcher = new pg.Client({ connectionString: server.url });
  await watcher.connect();
  let held = false;
  for (let i = 0; i < 400 && !held && cli.exitCode === null; i++) {
    const waiting = await watcher.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE datasets SET current_edition_id%'`,
    );
    held = (waiting.rows[0]?.n ?? 0) > 0;
    if (!held) await new Promise((r) => setTimeout(r, 50));
  }
  await watcher.end();
  expect(held, `the import never reached its last statement:\n${output}`).toBe(true);
  return { cli, exited, release: () => holder.end().catch(() => {}), output: () => output };
}

async function state() {
  const pool = createPool(server.url);
  try {
    // PostgreSQL's sequences are not transactional: an id the interrupted import drew stays drawn, and a crash skips
    // ahead (sequences log values in advance). Everything a reader can see must be as it was.
    const { sequences, ...s } = await snapshot(pool);
    void sequences;
    const current = await pool.query<{ label: string }>(
      `SELECT e.label FROM datasets d JOIN editions e ON e.id = d.current_edition_id WHERE d.slug = 'faults'`,
    );
    return { ...s, current: current.rows.map((r) => r.label) };
  } finally {
    await pool.end();
  }
}

describe("an import interrupted after writing its figures, before COMMIT, changes nothing", () => {
  it("when PostgreSQL crashes (immediate stop) and restarts", async () => {
    const before = await state();
    const run = await importHeldBeforeCommit("crash");
    await server.crash();
    await run.release();
    expect(await run.exited).not.toBe(0);
    await server.start();
    const after = await state();
    expect(after).toEqual(before);
    expect(after.current).toEqual(["v1"]);
  });

  it("when the import process is killed", async () => {
    const before = await state();
    const run = await importHeldBeforeCommit("killed");
    process.kill(-run.cli.pid!, "SIGKILL");
    await run.exited;
    await run.release();
    // The server notices the dropped connection and rolls its transaction back; then the dataset is free again.
    const after = await state();
    expect(after).toEqual(before);
    const pool = createPool(server.url);
    const next = await importEdition(
      {
        dataset: "faults",
        label: "v2",
        fileName: "wide-nato.csv",
        source: createReadStream(fixture("wide-nato.csv")),
        createdBy: "test",
        editionMode: "replace",
      },
      pool,
    );
    await pool.end();
    expect(next.status).toBe("committed");
  });
});
