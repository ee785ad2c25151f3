import { randomBytes } from "node:crypto";
import pg from "pg";
import { getPrisma, disconnectPrisma } from "../../lib/db/client";
import { closePool, createPool } from "../../lib/db/pool";
import { prepareDatabase } from "../../lib/db/prepare-database";

/** The local server the suite may use; tests refuse anything that is not on this machine. */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host))
    throw new Error(`Refusing to run tests against non-local database host ${host}`);
}

export function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  assertLocal(ADMIN_URL);
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${ADMIN_URL} (start it with: pg_ctlcluster 15 main start): ${(error as Error).message}`,
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;

/** A migrated database with reference data, used as CREATE DATABASE … TEMPLATE by every test file. */
export async function prepareTemplate(): Promise<string> {
  const name = uniqueName("dsd_tpl");
  await adminQuery(`CREATE DATABASE ${name}`);
  const pool = createPool(urlFor(name));
  process.env.DATABASE_URL = urlFor(name);
  try {
    await prepareDatabase(pool, getPrisma());
  } finally {
    await disconnectPrisma();
    await closePool();
    await pool.end();
  }
  return name;
}

export async function disposeTemplate(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
