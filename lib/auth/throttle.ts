import type pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";

// Failed sign-ins are counted per client address, per username, and per (username, address), in PostgreSQL so that
// every app server shares them (rate-limiter-flexible's PostgreSQL store, table login_throttle). Past a free
// number of failures each further failure locks that key out for twice as long as the last (1 s, 2 s, 4 s … up to
// a cap). The per-username count is high, so one address being locked out does not lock the editor out elsewhere.
const RULES = [
  { kind: "pair", free: 3, maxSeconds: 15 * 60 },
  { kind: "address", free: 10, maxSeconds: 60 * 60 },
  { kind: "user", free: 50, maxSeconds: 15 * 60 },
] as const;
const WINDOW_SECONDS = 24 * 60 * 60;

export interface SignInAttempt {
  address: string;
  username: string;
}

const keyOf = (kind: (typeof RULES)[number]["kind"], { address, username }: SignInAttempt) =>
  kind === "pair"
    ? `pair:${encodeURIComponent(username)}@${address}`
    : kind === "address"
      ? `address:${address}`
      : `user:${encodeURIComponent(username)}`;

const stores = new WeakMap<pg.Pool, { failures: RateLimiterPostgres; locks: RateLimiterPostgres }>();
function storesFor(pool: pg.Pool) {
  let found = stores.get(pool);
  if (!found) {
    // The library names its prepared statements; the embedded server runs every connection in one PGlite session,
    // where a second connection preparing the same name fails ("already exists"). Unnamed queries work on both.
    const unnamed = { query: (q: pg.QueryConfig) => pool.query({ text: q.text, values: q.values }) };
    const common = { storeClient: unnamed, storeType: "pool", tableName: "login_throttle", tableCreated: true };
    found = {
      failures: new RateLimiterPostgres({ ...common, keyPrefix: "fail", points: 1_000_000, duration: WINDOW_SECONDS }),
      locks: new RateLimiterPostgres({ ...common, keyPrefix: "lock", points: 1, duration: 1 }),
    };
    stores.set(pool, found);
  }
  return found;
}

/** Seconds this attempt must wait before its password is even checked; 0 when it may go ahead. */
export async function signInLockedFor(pool: pg.Pool, attempt: SignInAttempt): Promise<number> {
  const { locks } = storesFor(pool);
  const states = await Promise.all(RULES.map((rule) => locks.get(keyOf(rule.kind, attempt))));
  const waits = states.map((s) => (s && s.consumedPoints > 1 ? Math.ceil(s.msBeforeNext / 1000) : 0));
  return Math.max(0, ...waits);
}

/** Counts a wrong name or password; returns the seconds the attempt's keys are now locked out for (0: none). */
export async function recordSignInFailure(pool: pg.Pool, attempt: SignInAttempt): Promise<number> {
  const { failures, locks } = storesFor(pool);
  const waits = await Promise.all(
    RULES.map(async (rule) => {
      const key = keyOf(rule.kind, attempt);
      const count = (await failures.penalty(key, 1)).consumedPoints;
      if (count < rule.free) return 0;
      const seconds = Math.min(2 ** (count - rule.free), rule.maxSeconds);
      await locks.block(key, seconds);
      return seconds;
    }),
  );
  return Math.max(0, ...waits);
}

/** A correct password forgets this username's failures from this address (not the address's or name's totals). */
export async function recordSignInSuccess(pool: pg.Pool, attempt: SignInAttempt): Promise<void> {
  const { failures, locks } = storesFor(pool);
  const key = keyOf("pair", attempt);
  await Promise.all([failures.delete(key), locks.delete(key)]);
}
