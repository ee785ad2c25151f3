import { createHmac, timingSafeEqual } from "node:crypto";

/** `__Host-`: the browser accepts it only Secure, from this exact host, Path=/ — no subdomain can set or shadow it. */
export const SESSION_COOKIE = "__Host-dsd_session";
/** Only for plain http on a non-loopback address (a LAN test server), where a browser refuses Secure cookies. */
export const PLAIN_HTTP_SESSION_COOKIE = "dsd_session";
export const SESSION_SECONDS = 8 * 60 * 60;

export interface SessionPayload {
  /** the server-side session (editor_sessions row); signing out deletes it */
  sid: string;
  user: string;
  /** fingerprint of the editor's password hash when signing in: a new password in EDITORS ends the session */
  fp: string;
  /** expiry, seconds since epoch */
  exp: number;
}

const sign = (data: string, secret: string) => createHmac("sha256", secret).update(data).digest("base64url");

/** A keyed digest of the stored hash (never the hash itself, which the cookie would otherwise carry). */
export const passwordFingerprint = (hash: string, secret: string) => sign(`password:${hash}`, secret).slice(0, 22);

/** A signed, expiring token: base64url(payload).hmac. */
export function createSessionToken(session: Omit<SessionPayload, "exp">, secret: string, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ ...session, exp: Math.floor(now / 1000) + SESSION_SECONDS } satisfies SessionPayload),
  ).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** The session a token names, or null for a missing, forged or expired token (whether it was ended is asked elsewhere). */
export function readSessionToken(token: string | undefined, secret: string, now = Date.now()): SessionPayload | null {
  if (!token) return null;
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  try {
    const session = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as SessionPayload;
    const valid =
      [session.user, session.sid, session.fp].every((v) => typeof v === "string") && session.exp * 1000 > now;
    return valid ? session : null;
  } catch {
    return null;
  }
}
