import type pg from "pg";
import { withTransaction } from "./transaction";

/** One throttle key's row (times in ms since epoch); a key without a row has no failures and no lock. */
export interface ThrottleRow {
  failures: number;
  lockedUntil: number | null;
  expiresAt: number;
}

/** What to write per key; null deletes the row. */
export type ThrottleWrites = Map<string, ThrottleRow | null>;

/**
 * Read-modify-write of the sign-in throttle's rows for `keys` in one transaction: the rows are locked (FOR UPDATE,
 * in key order, so two attempts never deadlock), `decide` computes the writes from them and the database's clock,
 * and they are written before the lock is released. Attempts running at once on any server therefore see each
 * other's counts: none can be checked on an allowance another has already used.
 */
export async function updateThrottleRows<T>(
  pool: pg.Pool,
  keys: string[],
  decide: (rows: Map<string, ThrottleRow>, now: number) => { writes: ThrottleWrites; result: T },
): Promise<T> {
  const sorted = [...new Set(keys)].sort();
  return withTransaction(pool, async (client) => {
    // a row that does not exist cannot be locked: create empty ones first (expired at once, so they count nothing)
    await client.query(
      `INSERT INTO sign_in_throttle (key, expires_at) SELECT k, now() FROM unnest($1::text[]) AS k ORDER BY k
       ON CONFLICT (key) DO NOTHING`,
      [sorted],
    );
    const { rows } = await client.query<{
      key: string;
      failures: number;
      locked: number | null;
      expires: number;
      now: number;
    }>(
      `SELECT key, failures, extract(epoch FROM locked_until) * 1000 AS locked,
              extract(epoch FROM expires_at) * 1000 AS expires, extract(epoch FROM now()) * 1000 AS now
       FROM sign_in_throttle WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
      [sorted],
    );
    const now = Math.floor(Number(rows[0]?.now ?? Date.now())); // whole ms, as TIMESTAMPTZ(3) stores them
    const found = new Map(
      rows.map((r) => [
        r.key,
        {
          failures: r.failures,
          lockedUntil: r.locked === null ? null : Number(r.locked),
          expiresAt: Number(r.expires),
        },
      ]),
    );
    const { writes, result } = decide(found, now);
    const kept = [...writes].filter((w): w is [string, ThrottleRow] => w[1] !== null);
    const gone = [...writes].filter(([, row]) => row === null).map(([key]) => key);
    if (kept.length)
      await client.query(
        `UPDATE sign_in_throttle AS t
         SET failures = w.failures, locked_until = to_timestamp(w.locked / 1000),
             expires_at = to_timestamp(w.expires / 1000)
         FROM unnest($1::text[], $2::int[], $3::float8[], $4::float8[]) AS w(key, failures, locked, expires)
         WHERE t.key = w.key`,
        [
          kept.map(([k]) => k),
          kept.map(([, r]) => r.failures),
          kept.map(([, r]) => r.lockedUntil),
          kept.map(([, r]) => r.expiresAt),
        ],
      );
    if (gone.length) await client.query(`DELETE FROM sign_in_throttle WHERE key = ANY($1::text[])`, [gone]);
    return result;
  });
}

/** Forgets rows past their window (and their lock-out), so that sprayed names and addresses do not pile up. */
export async function deleteExpiredThrottleRows(pool: pg.Pool): Promise<void> {
  await pool.query(`DELETE FROM sign_in_throttle WHERE expires_at < now()`);
}
