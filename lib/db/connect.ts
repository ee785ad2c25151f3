import type pg from "pg";
import { readEnv } from "../env";
import { disconnectPrisma, getPrisma } from "./client";
import { type DatabaseHandle, openDatabase } from "./embedded";
import { closePool, getPool } from "./pool";

export interface Connection {
  handle: DatabaseHandle;
  pool: pg.Pool;
  prisma: ReturnType<typeof getPrisma>;
  close(): Promise<void>;
}

/**
 * For scripts: DATABASE_URL if set, else the embedded database (the running app's server, or one started here).
 * Exports DATABASE_URL so that everything in this process and its children uses the same database.
 */
export async function connect(): Promise<Connection> {
  const env = readEnv();
  const handle = await openDatabase(env);
  process.env.DATABASE_URL = handle.url;
  process.env.EMBEDDED_DATABASE = handle.embedded ? "1" : "0";
  return {
    handle,
    pool: getPool(),
    prisma: getPrisma(),
    async close() {
      await disconnectPrisma();
      await closePool();
      await handle.stop();
    },
  };
}
