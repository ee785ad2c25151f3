import type * as ClientModule from "./client";
import type pg from "pg";
import { readEnv, useDatabase } from "../env";
import { type DatabaseHandle, openDatabase } from "./embedded";
import type { PrismaClient } from "./generated/client";
import { closePool, getPool } from "./pool";

export interface Connection {
  handle: DatabaseHandle;
  pool: pg.Pool;
  /** Prisma Client over the same pool, loaded on first use (it costs a command-line tool ~0.2 s and ~75 MB) */
  prisma(): Promise<PrismaClient>;
  close(): Promise<void>;
}

/**
 * For scripts: DATABASE_URL if set, else the embedded database (the running app's server, or one started here).
 * Exports DATABASE_URL so that everything in this process and its children uses the same database.
 */
export async function connect(): Promise<Connection> {
  const env = readEnv();
  const handle = await openDatabase(env);
  useDatabase(handle.url, handle.embedded);
  let client: typeof ClientModule | undefined;
  return {
    handle,
    pool: getPool(),
    async prisma() {
      client ??= await import("./client");
      return client.getPrisma();
    },
    async close() {
      await client?.disconnectPrisma();
      await closePool();
      await handle.stop();
    },
  };
}
