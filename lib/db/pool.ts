import pg from "pg";
import { readEnv } from "../env";

// NUMERIC comes back as text so published figures keep their exact decimals until they are shown.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);

const globalForPool = globalThis as unknown as { dsdPool?: pg.Pool };

/** One pool per process (kept across Next.js dev reloads). */
export function getPool(): pg.Pool {
  if (!globalForPool.dsdPool) {
    const url = readEnv().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the database.");
    globalForPool.dsdPool = createPool(url);
  }
  return globalForPool.dsdPool;
}

export function createPool(url: string): pg.Pool {
  const embedded = readEnv().EMBEDDED_DATABASE === "1";
  const pool = new pg.Pool({
    connectionString: url,
    // The embedded server serializes everything through one PGlite session; a few sockets are plenty.
    max: embedded ? 4 : 10,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server (database restart) must not crash the process.
  pool.on("error", () => {});
  return pool;
}

export async function closePool(): Promise<void> {
  const pool = globalForPool.dsdPool;
  globalForPool.dsdPool = undefined;
  await pool?.end();
}
