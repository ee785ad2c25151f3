import { probe } from "./health";

export interface HealthReport {
  ready: boolean;
  database: { reachable: boolean; latencyMs: number };
  /** the data version (grows with every change readers may see); null while the database is down */
  dataVersion: string | null;
  version: string;
}

/** A fresh probe of the database (its own connection, 1.5 s at most), timed, for GET /api/health. */
export async function healthReport(appVersion: string, url = process.env.DATABASE_URL): Promise<HealthReport> {
  const started = performance.now();
  const { result, version } = url ? await probe(url) : { result: "down" as const, version: null };
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const reachable = result === "up";
  return { ready: reachable, database: { reachable, latencyMs }, dataVersion: version, version: appVersion };
}
