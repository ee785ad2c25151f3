import type pg from "pg";
import { serverEnv } from "../env";
import { probe } from "./health";
import { getPool } from "./pool";

export interface HealthReport {
  ready: boolean;
  database: { reachable: boolean; latencyMs: number };
  /** this server's connection pool: every connection busy and requests waiting for one is not ready */
  pool: { total: number; idle: number; waiting: number; max: number; saturated: boolean } | null;
  /** the data version (grows with every change readers may see); null while the database is down */
  dataVersion: string | null;
  version: string;
}

/**
 * A fresh probe of the database (its own connection, 1.5 s at most), timed, and the state of this server's pool,
 * for GET /api/health. The probe does not use the pool, so a pool whose every connection is taken is asked directly.
 */
export async function healthReport(
  appVersion: string,
  url = serverEnv().DATABASE_URL,
  pool: pg.Pool | null = url ? getPool() : null,
): Promise<HealthReport> {
  const started = performance.now();
  const { result, version } = url ? await probe(url) : { result: "down" as const, version: null };
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const reachable = result === "up";
  const max = pool?.options.max ?? 10;
  const pooled = pool && {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max,
    saturated: pool.waitingCount > 0 && pool.totalCount >= max && pool.idleCount === 0,
  };
  return {
    ready: reachable && !pooled?.saturated,
    database: { reachable, latencyMs },
    pool: pooled,
    dataVersion: version,
    version: appVersion,
  };
}
