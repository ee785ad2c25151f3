import { z } from "zod";
import { authConfig, checkCredentials } from "@/lib/auth/editors";
import { currentEditor } from "@/lib/auth/require-editor";
import { createSessionToken, SESSION_COOKIE, SESSION_SECONDS } from "@/lib/auth/session";

const ZLogin = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) });

function cookie(request: Request, value: string, maxAge: number): string {
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure}`;
}

/** Who is signed in (`{ user: null }` for a public reader); pages are the same for everyone and ask this. */
export async function GET() {
  return Response.json({ user: await currentEditor() }, { headers: { "cache-control": "private, no-store" } });
}

/** Sign in: a signed, HttpOnly, SameSite session cookie for a configured editor. */
export async function POST(request: Request) {
  const parsed = ZLogin.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Give a username and a password." }, { status: 422 });
  const config = authConfig();
  if (!config.secret || config.editors.size === 0) {
    return Response.json({ error: "No editors are configured on this server (EDITORS and SESSION_SECRET; see README)." }, { status: 503 });
  }
  if (!(await checkCredentials(config, parsed.data.username, parsed.data.password))) {
    return Response.json({ error: "Wrong username or password." }, { status: 401 });
  }
  return Response.json({ user: parsed.data.username }, { headers: { "set-cookie": cookie(request, createSessionToken(parsed.data.username, config.secret), SESSION_SECONDS) } });
}

/** Sign out. */
export async function DELETE(request: Request) {
  return Response.json({ user: null }, { headers: { "set-cookie": cookie(request, "", 0) } });
}
