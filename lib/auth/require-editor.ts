import "server-only";
import { cookies } from "next/headers";
import { getPool } from "../db/pool";
import { authConfig } from "./editors";
import {
  PLAIN_HTTP_SESSION_COOKIE,
  passwordFingerprint,
  readSessionToken,
  SESSION_COOKIE,
  type SessionPayload,
} from "./session";
import { sessionIsActive } from "../db/sessions";

/**
 * The signed-in editor's session, or null: the cookie must be signed, unexpired, name an editor still in EDITORS
 * with the same password hash as when they signed in, and a session row that sign-out has not deleted.
 */
export async function currentSession(): Promise<SessionPayload | null> {
  const { secret, editors } = authConfig();
  if (!secret) return null;
  const jar = await cookies();
  const session = readSessionToken(jar.get(SESSION_COOKIE)?.value ?? jar.get(PLAIN_HTTP_SESSION_COOKIE)?.value, secret);
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
