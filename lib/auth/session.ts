import { createHmac, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIE = "dsd_session";
export const SESSION_SECONDS = 8 * 60 * 60;

interface SessionPayload {
  user: string;
  /** expiry, seconds since epoch */
  exp: number;
}

const sign = (data: string, secret: string) => createHmac("sha256", secret).update(data).digest("base64url");

/** A signed, expiring session token: base64url(payload).hmac — the server keeps no session state. */
export function createSessionToken(user: string, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ user, exp: Math.floor(now / 1000) + SESSION_SECONDS } satisfies SessionPayload)).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** The signed-in user, or null for a missing, forged or expired token. */
export function readSessionToken(token: string | undefined, secret: string, now = Date.now()): string | null {
  if (!token) return null;
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  try {
    const session = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as SessionPayload;
    return typeof session.user === "string" && session.exp * 1000 > now ? session.user : null;
  } catch {
    return null;
  }
}
