import "server-only";
import { cookies } from "next/headers";
import { authConfig } from "./editors";
import { readSessionToken, SESSION_COOKIE } from "./session";

/** The signed-in editor for pages (null when viewing publicly). */
export async function currentEditor(): Promise<string | null> {
  const { secret, editors } = authConfig();
  if (!secret) return null;
  const user = readSessionToken((await cookies()).get(SESSION_COOKIE)?.value, secret);
  return user && editors.has(user) ? user : null;
}

/**
 * Every write calls this first: 401 without a valid session, 403 for a cross-site request (the Origin header
 * names another site). Returns the editor's name, or the response to send.
 */
export async function requireEditor(request: Request): Promise<string | Response> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && origin !== "null" && new URL(origin).host !== host) {
    return Response.json({ error: "Cross-site request refused." }, { status: 403 });
  }
  const editor = await currentEditor();
  return editor ?? Response.json({ error: "Sign in as an editor to change data." }, { status: 401 });
}
