import "server-only";
import { cookies, headers } from "next/headers";
import { siteOrigin } from "../api/site-origin";
import { getPool } from "../db/pool";
import { authConfig } from "./editors";
import { passwordFingerprint, readSessionToken, type SessionPayload } from "./session";
import { sessionCookieName } from "./session-cookie";
import { sessionIsActive } from "../db/sessions";

/**
 * The signed-in editor's session, or null: the cookie (the one this site sets, sessionCookieName) must be signed, unexpired, name an editor still in EDITORS
 * with the same password hash as when they signed in, and a session row that sign-out has not deleted.
 */
export async function currentSession(): Promise<SessionPayload | null> {
  const { secret, editors } = authConfig();
  if (!secret) return null;
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const name = sessionCookieName(siteOrigin(requestHeaders, "https://unknown.invalid"));
  const session = readSessionToken(jar.get(name)?.value, secret);
  const hash = session && editors.get(session.user);
  if (!session || !hash || passwordFingerprint(hash, secret) !== session.fp) return null;
  return (await sessionIsActive(getPool(), session.sid, session.user)) ? session : null;
}

/** The signed-in editor for pages (null when viewing publicly). */
export async function currentEditor(): Promise<string | null> {
  return (await currentSession())?.user ?? null;
}

/** Every write calls this (through editorRoute, after the origin check): the editor's name, or a 401 to send. */
export async function requireEditor(): Promise<string | Response> {
  const editor = await currentEditor();
  return editor ?? Response.json({ error: "Sign in as an editor to change data." }, { status: 401 });
}
