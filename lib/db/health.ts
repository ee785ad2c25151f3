import pg from "pg";

// Whether the database answers, probed at most once per PROBE_INTERVAL_MS, so that while it is down every request
// is told so within 2 s instead of hanging, and the first request after it returns goes through again — no
// restart. A refused or reset connection is down at once; a slow answer (a busy machine) counts only when it
// happens twice in a row, so load alone does not turn readers away.
const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_500;

let last = { ok: true, at: 0, slow: 0 };
let pending: Promise<boolean> | null = null;

export function databaseAvailable(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return Promise.resolve(false);
  if (Date.now() - last.at < PROBE_INTERVAL_MS) return Promise.resolve(last.ok);
  pending ??= probe(url).then((result) => {
    const slow = result === "slow" ? last.slow + 1 : 0;
    const ok = result === "up" || (result === "slow" && slow < 2);
    last = { ok, at: Date.now(), slow };
    pending = null;
    return ok;
  });
  return pending;
}

async function probe(url: string): Promise<"up" | "down" | "slow"> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return "up";
  } catch (error) {
    return /timeout/i.test((error as Error).message) ? "slow" : "down";
  } finally {
    client.end().catch(() => {});
  }
}
