import { PLAIN_HTTP_SESSION_COOKIE, SESSION_COOKIE } from "./session";

// Browsers keep Secure cookies only from secure contexts: https, and http://localhost / 127.0.0.1 / [::1]
// (Chromium treats loopback as secure, so `npm start` on this machine gets the __Host- cookie too). Only plain
// http on another address — a test server on a LAN — falls back to a cookie without Secure; use https there.
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

const isSecureContext = (siteOrigin: string) => {
  const url = new URL(siteOrigin);
  return url.protocol === "https:" || LOOPBACK.has(url.hostname);
};

/**
 * The cookie a session is read from: the one sign-in sets for this site. On https (and loopback) only the
 * `__Host-` cookie, which no other host and no plain-http page can set; the unprefixed one could be planted there
 * by a subdomain or by anyone on the network path of a plain-http request, and is not read.
 */
export const sessionCookieName = (siteOrigin: string) =>
  isSecureContext(siteOrigin) ? SESSION_COOKIE : PLAIN_HTTP_SESSION_COOKIE;

/** Set-Cookie values for a session token (maxAge 0 with an empty token: sign out, clearing both names). */
export function sessionCookies(siteOrigin: string, token: string, maxAge: number): string[] {
  const attributes = `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`;
  if (maxAge === 0)
    return [`${SESSION_COOKIE}=; ${attributes}; Secure`, `${PLAIN_HTTP_SESSION_COOKIE}=; ${attributes}`];
  const name = sessionCookieName(siteOrigin);
  return [`${name}=${token}; ${attributes}${name === SESSION_COOKIE ? "; Secure" : ""}`];
}
