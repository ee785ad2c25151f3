import type pg from "pg";
import { deleteExpiredThrottleRows, type ThrottleRow, type ThrottleWrites, updateThrottleRows } from "../db/throttle";

// Failed sign-ins are counted per (name, address) pair, per address and per name, in PostgreSQL so that every app
// server shares them. Past a free number of failures each further failure locks that key out for twice as long as
// the last (1 s, 2 s, 4 s … up to a cap). A check counts as a failure from the moment it is let through until its
// password proves right, so attempts running at once cannot all be checked on one allowance.
//
// The per-name rule slows guessing one name from many addresses, but it must not hand attackers a way to lock the
// editor out: while a name is locked, only addresses that have failed for that name (in the window) are refused.
// An address that has not is checked once, and, if it fails, is refused like the others from then on.
export const RULES = {
  pair: { free: 3, maxSeconds: 15 * 60 },
  address: { free: 10, maxSeconds: 60 * 60 },
  user: { free: 50, maxSeconds: 15 * 60 },
} as const;
type Kind = keyof typeof RULES;
const KINDS = Object.keys(RULES) as Kind[];
export const WINDOW_MS = 24 * 60 * 60 * 1000;

export interface SignInAttempt {
  address: string;
  username: string;
}

export type KeyStates = Partial<Record<Kind, ThrottleRow>>;

const keyOf = (kind: Kind, { address, username }: SignInAttempt) =>
  kind === "pair"
    ? `pair:${encodeURIComponent(username)}@${address}`
    : kind === "address"
      ? `address:${address}`
      : `user:${encodeURIComponent(username)}`;

/** A row past its window counts nothing. */
const live = (row: ThrottleRow | undefined, now: number): ThrottleRow =>
  row && row.expiresAt > now ? row : { failures: 0, lockedUntil: null, expiresAt: now };

const secondsLeft = (row: ThrottleRow, now: number) =>
  row.lockedUntil !== null && row.lockedUntil > now ? Math.ceil((row.lockedUntil - now) / 1000) : 0;

// While a check past the free allowance runs, its keys stay locked (it may wait in the scrypt queue); the real
// lock-out starts when the password has proved wrong.
export const IN_FLIGHT_MS = 30_000;

type PerKind<T> = Record<Kind, T>;
const perKind = <T>(f: (k: Kind) => T) => Object.fromEntries(KINDS.map((k) => [k, f(k)])) as PerKind<T>;

export type Verdict =
  | { go: false; wait: number }
  /**
   * let through: `before` is what the keys held, `after` what they hold while it is checked (a failure counted),
   * `seconds` each key's lock-out if the password proves wrong
   */
  | { go: true; before: PerKind<ThrottleRow>; after: PerKind<ThrottleRow>; seconds: PerKind<number> };

/** Pure: whether an attempt may have its password checked, given its keys' rows and the time (ms). */
export function admit(rows: KeyStates, now: number): Verdict {
  const before = perKind((k) => live(rows[k], now));
  const addressHasFailed = before.pair.failures > 0;
  const wait = Math.max(
    0,
    ...KINDS.filter((k) => k !== "user" || addressHasFailed).map((k) => secondsLeft(before[k], now)),
  );
  if (wait > 0) return { go: false, wait };
  const seconds = perKind((k) => {
    const count = before[k].failures + 1;
    return count >= RULES[k].free ? Math.min(2 ** (count - RULES[k].free), RULES[k].maxSeconds) : 0;
  });
  const after = perKind((k) => {
    const locked = Math.max(before[k].lockedUntil ?? 0, seconds[k] ? now + seconds[k] * 1000 + IN_FLIGHT_MS : 0);
    return {
      failures: before[k].failures + 1,
      lockedUntil: locked || null,
      expiresAt: Math.max(now + WINDOW_MS, locked),
    };
  });
  return { go: true, before, after, seconds };
}

export type Outcome = "right" | "wrong" | "unchecked";

/**
 * Pure: the keys' rows once the check is over. A wrong password keeps its failure, and its lock-out runs from now.
 * A right one, or one never checked (too many at once), takes the failure back; a right one also forgets the
 * pair's failures (not the address's or the name's totals). A lock another attempt has changed meanwhile is kept.
 */
export function settle(rows: KeyStates, verdict: Verdict & { go: true }, now: number, outcome: Outcome): KeyStates {
  return perKind((k): ThrottleRow | undefined => {
    if (outcome === "right" && k === "pair") return undefined;
    const row = live(rows[k], now);
    const ours = row.lockedUntil === verdict.after[k].lockedUntil;
    if (outcome === "wrong") {
      const locked = ours
        ? Math.max(verdict.before[k].lockedUntil ?? 0, verdict.seconds[k] ? now + verdict.seconds[k] * 1000 : 0)
        : (row.lockedUntil ?? 0);
      return { ...row, lockedUntil: locked || null, expiresAt: Math.max(row.expiresAt, locked) };
    }
    return {
      failures: Math.max(0, row.failures - 1),
      lockedUntil: ours ? verdict.before[k].lockedUntil : row.lockedUntil,
      expiresAt: row.expiresAt,
    };
  });
}

/** Seconds before this attempt's address may try the name again (every key applies once it has failed). */
export const waitAfter = (rows: KeyStates, now: number) =>
  Math.max(0, ...KINDS.map((k) => secondsLeft(live(rows[k], now), now)));

function writesFor(attempt: SignInAttempt, states: KeyStates): ThrottleWrites {
  return new Map(KINDS.map((k) => [keyOf(k, attempt), states[k] ?? null]));
}

function readStates(attempt: SignInAttempt, rows: Map<string, ThrottleRow>): KeyStates {
  return Object.fromEntries(KINDS.map((k) => [k, rows.get(keyOf(k, attempt))]));
}

/** Decides and, when let through, counts the check as a failure on every key, in one transaction. */
export async function admitSignIn(pool: pg.Pool, attempt: SignInAttempt): Promise<Verdict> {
  const keys = KINDS.map((k) => keyOf(k, attempt));
  return updateThrottleRows(pool, keys, (rows, now) => {
    const v = admit(readStates(attempt, rows), now);
    return { result: v, writes: v.go ? writesFor(attempt, v.after) : new Map<string, null>() };
  });
}

/** Records how the check ended; returns the seconds this address must now wait for the name (0: none). */
export async function settleSignIn(
  pool: pg.Pool,
  attempt: SignInAttempt,
  verdict: Verdict & { go: true },
  outcome: Outcome,
): Promise<number> {
  const keys = KINDS.map((k) => keyOf(k, attempt));
  const wait = await updateThrottleRows(pool, keys, (rows, now) => {
    const states = settle(readStates(attempt, rows), verdict, now, outcome);
    return { result: waitAfter(states, now), writes: writesFor(attempt, states) };
  });
  if (wait > 0) await deleteExpiredThrottleRows(pool);
  return wait;
}
