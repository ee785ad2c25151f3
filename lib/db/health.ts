import pg from "pg";

// Whether the database answers, probed at most once per PROBE_INTERVAL_MS and never for longer than
// PROBE_TIMEOUT_MS, so that while it is down every request is told so within 2 s instead of hanging, and the first
// request after it returns goes through again — no restart.
const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_500;

let last = { ok: true, at: 0 };
let pending: Promise<boolean> | null = null;

export function databaseAvailable(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return Promise.resolve(false);
  if (Date.now() - last.at < PROBE_INTERVAL_MS) return Promise.resolve(last.ok);
  pending ??= probe(url).then((ok) => {
    last = { ok, at: Date.now() };
    pending = null;
    return ok;
  });
  return pending;
}

async function probe(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}
