import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedApp, startApp } from "../helpers/app-server";
import { editorEntry } from "../helpers/editor-hash";
import { adminQuery, uniqueName, urlFor } from "../helpers/postgres-admin";

// Issue 21, item 5, against a started server behind one (simulated) proxy, so that each request can come from its
// own client address (X-Forwarded-For): guessing one name from many addresses must not lock its editor out, and
// attempts sent at once get no more password checks than the free allowance.
const database = uniqueName("dsd_signin");
const password = randomBytes(12).toString("base64url");
let app: StartedApp;

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE ${database}`);
  app = await startApp({
    DATABASE_URL: urlFor(database),
    EDITORS: await editorEntry("alice", password),
    SESSION_SECRET: randomBytes(32).toString("hex"),
    TRUSTED_PROXY_HOPS: "1",
  });
}, 300_000);
afterAll(async () => {
  await app?.stop();
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

const signIn = (address: string, secret: string, username = "alice") =>
  fetch(`${app.url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.url, "x-forwarded-for": address },
    body: JSON.stringify({ username, password: secret }),
  }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get("retry-after"), body: await r.text() }));
const count = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {});

describe("sign-in under attack", () => {
  it("checks 3 passwords of 12 sent at once for a name from one address", async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => signIn("203.0.113.9", "guess", "bob")));
    expect(count(answers.map((a) => a.status))).toEqual({ 401: 3, 429: 9 });
    for (const refused of answers.filter((a) => a.status === 429))
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it("after 60 wrong passwords for the name from 20 addresses, lets the editor in from a new address", async () => {
    const statuses: number[] = [];
    for (let a = 1; a <= 20; a++)
      for (let i = 0; i < 3; i++) statuses.push((await signIn(`198.51.100.${a}`, "guess")).status);
    expect(count(statuses)).toEqual({ 401: 53, 429: 7 });
    expect((await signIn("198.51.100.1", password)).status).toBe(429);
    const editor = await signIn("192.0.2.77", password);
    expect(editor.status, editor.body).toBe(200);
  });
});
