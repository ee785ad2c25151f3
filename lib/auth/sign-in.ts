import type pg from "pg";
import { type AuthConfig, checkCredentials } from "./editors";
import { createSessionToken, passwordFingerprint, SESSION_SECONDS } from "./session";
import { getPool } from "../db/pool";
import { endSession, startSession } from "../db/sessions";
import { admitSignIn, settleSignIn } from "./throttle";

export type SignInResult =
  | { outcome: "signed-in"; token: string }
  /** too many failures from this address or for this name: the password was not even checked */
  | { outcome: "locked"; retryAfter: number }
  | { outcome: "wrong"; retryAfter: number };

/**
 * Asks the throttle (which counts the check as a failure until it proves right), checks the password (scrypt,
 * gated), tells the throttle how it went, and starts a server-side session.
 */
export async function signIn(
  config: AuthConfig & { secret: string },
  attempt: { address: string; username: string; password: string },
  pool: pg.Pool = getPool(),
): Promise<SignInResult> {
  const verdict = await admitSignIn(pool, attempt);
  if (!verdict.go) return { outcome: "locked", retryAfter: verdict.wait };
  let right: boolean;
  try {
    right = await checkCredentials(config, attempt.username, attempt.password);
  } catch (error) {
    await settleSignIn(pool, attempt, verdict, "unchecked"); // too many at once: not a failure
    throw error;
  }
  if (!right) return { outcome: "wrong", retryAfter: await settleSignIn(pool, attempt, verdict, "wrong") };
  await settleSignIn(pool, attempt, verdict, "right");
  const sid = await startSession(pool, attempt.username, SESSION_SECONDS);
  const fp = passwordFingerprint(config.editors.get(attempt.username)!, config.secret);
  return { outcome: "signed-in", token: createSessionToken({ sid, user: attempt.username, fp }, config.secret) };
}

/** Ends a session on the server: the cookie, and any copy of it, is worth nothing from now on. */
export async function signOut(sid: string, pool: pg.Pool = getPool()): Promise<void> {
  await endSession(pool, sid);
}
