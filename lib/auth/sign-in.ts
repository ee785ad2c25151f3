import type pg from "pg";
import { type AuthConfig, checkCredentials } from "./editors";
import { createSessionToken, passwordFingerprint, SESSION_SECONDS } from "./session";
import { startSession } from "./session-store";
import { recordSignInFailure, recordSignInSuccess, signInLockedFor } from "./throttle";

export type SignInResult =
  | { outcome: "signed-in"; token: string }
  /** too many failures from this address or for this name: the password was not even checked */
  | { outcome: "locked"; retryAfter: number }
  | { outcome: "wrong"; retryAfter: number };

/** Checks the throttle, then the password (scrypt, gated), then starts a server-side session. */
export async function signIn(
  pool: pg.Pool,
  config: AuthConfig & { secret: string },
  attempt: { address: string; username: string; password: string },
): Promise<SignInResult> {
  const locked = await signInLockedFor(pool, attempt);
  if (locked > 0) return { outcome: "locked", retryAfter: locked };
  if (!(await checkCredentials(config, attempt.username, attempt.password))) {
    return { outcome: "wrong", retryAfter: await recordSignInFailure(pool, attempt) };
  }
  await recordSignInSuccess(pool, attempt);
  const sid = await startSession(pool, attempt.username, SESSION_SECONDS);
  const fp = passwordFingerprint(config.editors.get(attempt.username)!, config.secret);
  return { outcome: "signed-in", token: createSessionToken({ sid, user: attempt.username, fp }, config.secret) };
}
