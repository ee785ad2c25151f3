import pg from "pg";
import { serverEnv } from "../env";

// Whether the database answers, and its data version (migration 20261127000000_data_version), probed at most once
// per PROBE_INTERVAL_MS, so that while it is down every request is told so within 2 s instead of hanging, and the
// first request after it returns goes through again — no restart. A refused or reset connection is down at once; a
// slow answer (a busy machine) counts only when it happens twice in a row, so load alone does not turn readers away.
//
// The data version keys the cached dashboard pages (proxy.ts): a change made by another process (the CLI, another
// server) reaches readers within PROBE_INTERVAL_MS; a change made through this server's own write endpoints is seen
// by the next request (`dataChanged`).
const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_500;

export interface DatabaseStatus {
  ok: boolean;
  /** grows with every change a reader may see; null while the database is down */
  version: string | null;
}

interface State {
  last: DatabaseStatus & { at: number; slow: number };
  pending: Promise<DatabaseStatus> | null;
  /** bumped by dataChanged(): a probe that started before a write must not be trusted after it */
  generation: number;
}

// The proxy and the route handlers are bundled separately: the state lives on globalThis so that both see one.
const KEY = Symbol.for("defense-dashboard.database-status");
const state: State = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
  last: { ok: true, version: null, at: 0, slow: 0 },
  pending: null,
  generation: 0,
} satisfies State) as State;

export function databaseStatus(url = serverEnv().DATABASE_URL): Promise<DatabaseStatus> {
  if (!url) return Promise.resolve({ ok: false, version: null });
  const { last } = state;
  if (Date.now() - last.at < PROBE_INTERVAL_MS) return Promise.resolve({ ok: last.ok, version: last.version });
  if (state.pending) return state.pending;
  const generation = state.generation;
  const pending = probe(url).then(({ result, version }) => {
    const slow = result === "slow" ? last.slow + 1 : 0;
    const ok = result === "up" || (result === "slow" && slow < 2);
    // a slow probe keeps the version it had; a probe overtaken by a write is used once, then asked again
    state.last = {
      ok,
      version: ok ? (version ?? state.last.version) : null,
      at: generation === state.generation ? Date.now() : 0,
      slow,
    };
    if (state.pending === pending) state.pending = null;
    return { ok: state.last.ok, version: state.last.version };
  });
  state.pending = pending;
  return pending;
}

/** This server changed data: the next request reads the data version again instead of waiting for the interval. */
export function dataChanged(): void {
  state.generation++;
  state.last.at = 0;
  state.pending = null;
}

export async function probe(url: string): Promise<{ result: "up" | "down" | "slow"; version: string | null }> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ value: string }>(`SELECT value::text AS value FROM data_version`);
    return { result: "up", version: rows[0]?.value ?? "0" };
  } catch (error) {
    return { result: /timeout/i.test((error as Error).message) ? "slow" : "down", version: null };
  } finally {
    client.end().catch(() => {});
  }
}
