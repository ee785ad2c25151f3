import { z } from "zod";
import { CLIENT_ADDRESS_HEADER } from "@/lib/api/client-address";
import { readJsonBody } from "@/lib/api/json-body";
import { errorResponse } from "@/lib/api/responses";
import { siteOrigin } from "@/lib/api/site-origin";
import { refuseCrossSite } from "@/lib/api/write-guard";
import { authConfig } from "@/lib/auth/editors";
import { currentEditor, currentSession } from "@/lib/auth/require-editor";
import { SESSION_SECONDS } from "@/lib/auth/session";
import { sessionCookies } from "@/lib/auth/session-cookie";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { log } from "@/lib/log/logger";

export const dynamic = "force-dynamic";
const ZLogin = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) });
const MAX_BODY_BYTES = 4096;

function withCookies(
  request: Request,
  body: unknown,
  token: string,
  maxAge: number,
  init: ResponseInit = {},
): Response {
  const response = Response.json(body, init);
  for (const c of sessionCookies(siteOrigin(request.headers, new URL(request.url).origin), token, maxAge))
    response.headers.append("set-cookie", c);
  return response;
}

/** Who is signed in (`{ user: null }` for a public reader); pages are the same for everyone and ask this. */
export async function GET() {
  return Response.json({ user: await currentEditor() }, { headers: { "cache-control": "private, no-store" } });
}

/** Sign in: throttled per address and name (429 + Retry-After), then a session cookie for a configured editor. */
export async function POST(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  try {
    const parsed = ZLogin.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!parsed.success) return Response.json({ error: "Give a username and a password." }, { status: 422 });
    const config = authConfig();
    if (!config.secret || config.editors.size === 0) {
      return Response.json(
        { error: "No editors are configured on this server (EDITORS and SESSION_SECRET; see README)." },
        { status: 503 },
      );
    }
    const { username, password } = parsed.data;
    const address = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
    const result = await signIn({ ...config, secret: config.secret }, { address, username, password });
    log.info({ event: "sign-in", outcome: result.outcome, editor: username, address }, "sign-in");
    if (result.outcome === "locked") {
      return Response.json(
        {
          error: `Too many failed sign-ins; try again in ${result.retryAfter} s.`,
          code: "throttled",
          retryAfter: result.retryAfter,
        },
        { status: 429, headers: { "retry-after": String(result.retryAfter) } },
      );
    }
    if (result.outcome === "wrong") return Response.json({ error: "Wrong username or password." }, { status: 401 });
    return withCookies(request, { user: username }, result.token, SESSION_SECONDS);
  } catch (error) {
    return errorResponse(error);
  }
}

/** Sign out: the session ends on the server, so a copy of the cookie stops working too. */
export async function DELETE(request: Request) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const session = await currentSession();
  if (session) await signOut(session.sid);
  return withCookies(request, { user: null }, "", 0);
}
