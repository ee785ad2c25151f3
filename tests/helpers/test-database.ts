import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectPrisma, getPrisma } from "../../lib/db/client";
import { startEmbeddedServer } from "../../lib/db/embedded";
import { closePool, getPool } from "../../lib/db/pool";
import { importEdition } from "../../lib/import/import-edition";
import { fixture } from "./parse-fixture";
import { adminQuery, uniqueName, urlFor } from "./postgres-admin";

export interface TestDatabase {
  kind: "postgres" | "embedded";
  url: string;
  pool: pg.Pool;
  prisma: ReturnType<typeof getPrisma>;
  /** Removes datasets, editions and observations (countries and targets stay). */
  reset(): Promise<void>;
}

/**
 * A database of this test file's own: a clone of the migrated template on the real server, or an in-memory PGlite
 * server started from the migrated template's dump. The app's own pool and Prisma client point at it
 * (DATABASE_URL), so tests exercise real code.
 */
export async function useTestDatabase(): Promise<TestDatabase> {
  const kind = inject("dbKind");
  let url: string;
  let dispose: () => Promise<void>;
  if (kind === "postgres") {
    const name = uniqueName("dsd_test");
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
    url = urlFor(name);
    dispose = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const template = new Blob([await readFile(inject("embeddedTemplate"))]);
    const server = await startEmbeddedServer("memory://", 0, template);
    url = server.url;
    dispose = server.stop;
  }
  process.env.DATABASE_URL = url;
  process.env.EMBEDDED_DATABASE = kind === "embedded" ? "1" : "0";
  const pool = getPool();
  const prisma = getPrisma();
  afterAll(async () => {
    await disconnectPrisma();
    await closePool();
    await dispose();
  });
  return {
    kind,
    url,
    pool,
    prisma,
    async reset() {
      await pool.query(`UPDATE datasets SET current_edition_id = NULL`);
      await pool.query(`TRUNCATE observations, editions, datasets RESTART IDENTITY CASCADE`);
    },
  };
}

/**
 * Every row a user could see, the data version and every sequence, in a stable order: compared before and after an
 * operation that must change nothing.
 */
export async function snapshot(pool: pg.Pool) {
  const rows = async (sql: string) => (await pool.query<Record<string, unknown>>(sql)).rows;
  return {
    datasets: await rows(`SELECT * FROM datasets ORDER BY id`),
    editions: await rows(`SELECT * FROM editions ORDER BY id`),
    observations: await rows(`SELECT * FROM observations ORDER BY edition_id, country_iso3, year`),
    events: await rows(`SELECT * FROM edition_events ORDER BY id`),
    dataVersion: await rows(`SELECT value::text FROM data_version`),
    // a refusal must not even use up an id: every sequence where it was
    sequences: await rows(
      `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
    ),
  };
}

export async function createDataset(db: TestDatabase, slug = "test-data") {
  return db.prisma.dataset.create({
    data: {
      slug,
      name: `Test ${slug}`,
      publisher: "Test",
      definition: "OTHER",
      license: "CC0",
      sourceUrl: "https://example.org/",
    },
  });
}

/** A fixture file (tests/fixtures/csv) imported into the test dataset as a whole edition, for review or current. */
export function importFixture(db: TestDatabase, file: string, label: string, mode: "stage" | "commit") {
  return importEdition(
    {
      dataset: "test-data",
      label,
      fileName: file,
      source: createReadStream(fixture(file)),
      createdBy: "editor",
      mode,
      editionMode: "replace",
    },
    db.pool,
  );
}
