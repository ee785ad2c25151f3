import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedApp, startApp } from "../helpers/app-server";
import { editorEntry } from "../helpers/editor-hash";
import { adminQuery, uniqueName, urlFor } from "../helpers/postgres-admin";

// The README's deployment: two stateless app servers behind a load balancer (TRUSTED_PROXY_HOPS=1: it appends the
// client's address to X-Forwarded-For) at PUBLIC_ORIGIN, sharing nothing but one PostgreSQL database. Sign-in
// throttling and sign-out hold across both; a new password in EDITORS ends the editor's sessions.
const SITE = "https://dash.example.org";
const database = uniqueName("dsd_two");
const password = randomBytes(12).toString("base64url");
const secret = randomBytes(32).toString("hex");
let a: StartedApp;
let b: StartedApp;
// every server gets the same configuration, as a deployment would give it
const env = async (pass: string) => ({
  DATABASE_URL: urlFor(database),
  EDITORS: await editorEntry("alice", pass),
  SESSION_SECRET: secret,
  TRUSTED_PROXY_HOPS: "1",
  PUBLIC_ORIGIN: SITE,
});

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE ${database}`);
  const config = await env(password);
  a = await startApp(config);
  b = await startApp(config);
}, 480_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

/** Sign-in as the load balancer forwards it from `address`. */
const signIn = (server: StartedApp, address: string, pass: string, origin = SITE) =>
  fetch(`${server.url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, "x-forwarded-for": address },
    body: JSON.stringify({ username: "alice", password: pass }),
  });
const whoIs = async (server: StartedApp, cookie: string) =>
  ((await (await fetch(`${server.url}/api/session`, { headers: { cookie } })).json()) as { user: string | null }).user;
const cookieOf = (response: Response) => response.headers.get("set-cookie")!.split(";")[0]!;

describe("two app servers, one database", () => {
  it("share the sign-in throttle, with backoff, and let the editor in from another address meanwhile", async () => {
    const attacker = "203.0.113.5";
    for (let i = 0; i < 3; i++) expect((await signIn(a, attacker, "guess")).status).toBe(401);
    const locked = await signIn(b, attacker, password);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBe(1);
    expect((await signIn(b, "198.51.100.7", password)).status).toBe(200);
    // a locked-out attempt is refused before its password is read, and counts for nothing: ask until the lock ends
    await expect
      .poll(async () => (await signIn(b, attacker, "guess again")).status, { timeout: 10_000, interval: 100 })
      .toBe(401);
    const longer = await signIn(a, attacker, "and again");
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get("retry-after"))).toBe(2);
  });

  it("end a session on both when the editor signs out on one", async () => {
    const cookie = cookieOf(await signIn(a, "198.51.100.8", password));
    expect(cookie).toMatch(/^__Host-dsd_session=/);
    expect(await whoIs(b, cookie)).toBe("alice");
    const out = await fetch(`${a.url}/api/session`, { method: "DELETE", headers: { cookie, origin: SITE } });
    expect(out.status).toBe(200);
    expect(await whoIs(b, cookie)).toBeNull();
    expect(await whoIs(a, cookie)).toBeNull();
  });

  it("end an editor's sessions when their password changes in EDITORS", async () => {
    const cookie = cookieOf(await signIn(a, "198.51.100.9", password));
    const newPassword = randomBytes(12).toString("base64url");
    const c = await startApp(await env(newPassword));
    try {
      expect(await whoIs(c, cookie)).toBeNull();
      expect(await whoIs(a, cookie)).toBe("alice"); // a still has the old EDITORS
      expect((await signIn(c, "198.51.100.9", newPassword)).status).toBe(200);
    } finally {
      await c.stop();
    }
  }, 300_000);

  it("take writes only from PUBLIC_ORIGIN", async () => {
    expect((await signIn(a, "198.51.100.10", password, a.url)).status).toBe(403);
  });

  it("write PUBLIC_ORIGIN into every absolute URL, whatever the Host headers say", async () => {
    const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };
    const html = await (await fetch(`${a.url}/?countries=JPN~POL`, { headers: forged })).text();
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="${SITE}/\\?[^"]*countries=JPN~POL`));
    expect(html).toMatch(new RegExp(`<meta property="og:image" content="${SITE}/og\\?`));
    expect(html).not.toContain("evil.example");
    const csv = await (await fetch(`${a.url}/download/view.csv?countries=JPN`, { headers: forged })).text();
    expect(csv).toContain(`# Downloaded from: ${SITE}/?countries=JPN`);
  });

  it("answer GET /api/health with a JSON 503 while the database is gone", async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    const response = await fetch(`${a.url}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, database: { reachable: false }, dataVersion: null });
  });
});
