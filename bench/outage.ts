import { spawn } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { createPool } from "../lib/db/pool";
import { prepareDatabase } from "../lib/db/prepare-database";
import { loadShippedData } from "../lib/import/shipped-data";
import { freePort } from "../tests/helpers/app-server";
import { startPrivatePostgres } from "../tests/helpers/private-postgres";

// How soon readers are told the database is gone (lib/db/health.ts promises within 2 s, not a hang), and how soon
// pages work again once it is back: the production server (already built) over a PostgreSQL server of the bench's
// own, crashed (`-m immediate`) and restarted `runs` times. The e2e test checks the answers; this times them.

export interface OutageTimes {
  /** from the crash to the first 503 a reader gets, that request's own time included */
  toOutageMs: number[];
  /** the slowest single answer while the database was down */
  slowestAnswerMs: number[];
  /** from the restart to the first page served again */
  toRecoveryMs: number[];
}

export async function outageTimes(runs: number): Promise<OutageTimes> {
  const server = await startPrivatePostgres();
  const pool = createPool(server.url);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  await prepareDatabase(pool, prisma);
  await loadShippedData(pool, prisma);
  await prisma.$disconnect();
  await pool.end();
  const port = await freePort();
  const app = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: server.url, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}/`;
  const status = () =>
    fetch(url).then(
      async (r) => (await r.arrayBuffer(), r.status),
      () => 0,
    );
  /** Asks until the answer is `wanted`; the time that took, and the slowest answer on the way. */
  const until = async (wanted: number) => {
    const t0 = performance.now();
    let slowest = 0;
    for (;;) {
      const t = performance.now();
      const got = await status();
      slowest = Math.max(slowest, performance.now() - t);
      if (got === wanted) return { ms: performance.now() - t0, slowest };
      if (performance.now() - t0 > 60_000) throw new Error(`outage bench: no ${wanted} within 60 s`);
    }
  };
  const times: OutageTimes = { toOutageMs: [], slowestAnswerMs: [], toRecoveryMs: [] };
  try {
    await until(200);
    for (let i = 0; i < runs; i++) {
      await server.crash();
      const down = await until(503);
      times.toOutageMs.push(down.ms);
      times.slowestAnswerMs.push(down.slowest);
      await server.start();
      times.toRecoveryMs.push((await until(200)).ms);
    }
    return times;
  } finally {
    try {
      process.kill(-app.pid!, "SIGKILL");
    } catch {}
    await server.destroy();
  }
}
