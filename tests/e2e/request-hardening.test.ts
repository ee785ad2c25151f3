import Papa from "papaparse";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { beforeAll, describe, expect, inject, it } from "vitest";

import packageJson from "../../package.json" with { type: "json" };
import { useBrowser } from "../helpers/browser";
import { api, editionIdOf, signIn } from "../helpers/editor-session";
import { fixture } from "../helpers/parse-fixture";

// Issue 13 against the running app: CSRF, body limits, v= overflow, revocable sessions, the health endpoint, CSV
// citation lines and the sign-in redirect — each as an attacker or a careless link would try it.
const base = inject("appUrl");
const editor = inject("editors")[0]!;
let cookie: string;
const browser = useBrowser();
const json = { "content-type": "application/json" };

beforeAll(async () => {
  cookie = await signIn();
});

describe("writes from elsewhere (CSRF)", () => {
  it.each([
    ["null", 403],
    ["http://[", 403],
    ["https://evil.example", 403],
    [base.replace("127.0.0.1", "localhost"), 403],
  ])("Origin %s → %i, even with a valid session", async (origin, status) => {
    expect((await api("/api/editions/1/current", { method: "POST", cookie, headers: { origin } })).status).toBe(status);
    expect((await api("/api/session", { method: "POST", headers: { ...json, origin }, body: "{}" })).status).toBe(
      status,
    );
  });

  it("needs an Origin or Sec-Fetch-Site: same-origin on every write, sign-in included", async () => {
    const bare = (path: string, headers: Record<string, string>) =>
      fetch(`${base}${path}`, { method: "POST", headers: { cookie, ...json, ...headers }, body: "{}" });
    expect((await bare("/api/session", {})).status).toBe(403);
    expect((await bare("/api/datasets", {})).status).toBe(403);
    expect((await bare("/api/datasets", { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await bare("/api/session", { "sec-fetch-site": "same-origin" })).status).toBe(422);
  });

  it("takes JSON only as application/json", async () => {
    const response = await api("/api/datasets", {
      method: "POST",
      cookie,
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ slug: "x" }),
    });
    expect(response.status).toBe(415);
    expect(
      (await api("/api/session", { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" })).status,
    ).toBe(415);
  });
});

/** A write with the Host header a browser sends for the page's own address (fetch cannot set Host). */
function postAs(host: string, path: string, body: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: "POST",
        headers: { host, origin: `http://${host}`, ...json, "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.on("data", (c: Buffer) => (text += c.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

describe("a page under another name that resolves to this server (DNS rebinding), without PUBLIC_ORIGIN", () => {
  const port = new URL(base).port;
  it("cannot write: its Host is a name, not this server's address", async () => {
    const credentials = JSON.stringify({ username: editor.user, password: "a guess" });
    const refused = await postAs(`evil.example:${port}`, "/api/session", credentials);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ code: "origin_unknown_host" });
    expect((await postAs(`evil.example:${port}`, "/api/datasets", "{}")).status).toBe(403);
  });

  it("while the server's own address and localhost still can", async () => {
    expect((await postAs(`127.0.0.1:${port}`, "/api/session", "{}")).status).toBe(422);
    expect((await postAs(`localhost:${port}`, "/api/session", "{}")).status).toBe(422);
  });
});

describe("sign-in", () => {
  it("refuses a body over 4 KB before reading it (413), with or without Content-Length", async () => {
    const big = JSON.stringify({ username: "alice", password: "x".repeat(10_000) });
    expect((await api("/api/session", { method: "POST", headers: json, body: big })).status).toBe(413);
    const stream = new ReadableStream({
      start: (c) => {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const chunked = await fetch(`${base}/api/session`, {
      method: "POST",
      headers: { ...json, origin: base },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it("sets a __Host- cookie (Secure, HttpOnly, SameSite=Lax, Path=/), even on http://127.0.0.1", async () => {
    const response = await fetch(`${base}/api/session`, {
      method: "POST",
      headers: { ...json, origin: base },
      body: JSON.stringify({ username: editor.user, password: editor.password }),
    });
    const setCookie = response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^__Host-dsd_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800; Secure$/);
  });

  it("reads only the __Host- cookie where it sets that one: a planted dsd_session cookie is ignored", async () => {
    const hostCookie = await signIn();
    const token = hostCookie.split("=").slice(1).join("=");
    expect((await api("/api/session", { cookie: hostCookie })).body).toEqual({ user: editor.user });
    expect((await api("/api/session", { cookie: `dsd_session=${token}` })).body).toEqual({ user: null });
    const viaHttps = await api("/api/session", {
      cookie: `dsd_session=${token}`,
      headers: { "x-forwarded-proto": "https" },
    });
    expect(viaHttps.body).toEqual({ user: null });
  });

  it("ends the session on the server at sign-out: a copy of the cookie stops working", async () => {
    const copy = await signIn();
    expect((await api("/api/session", { cookie: copy })).body).toEqual({ user: editor.user });
    expect((await api("/api/session", { method: "DELETE", cookie: copy })).status).toBe(200);
    expect((await api("/api/session", { cookie: copy })).body).toEqual({ user: null });
    expect((await api("/api/editions/1/current", { method: "POST", cookie: copy })).status).toBe(401);
  });

  it.each([
    "/\\evil.example",
    "/%09/evil.example",
    "//evil.example",
    "https://evil.example/",
    "/.//evil.example",
    "/%2e//evil.example",
    "/x/..//evil.example",
  ])("after /login?next=%s, stays on this site", async (next) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/login?next=${encodeURIComponent(next).replace("%25", "%")}`);
    await page.fill("#username", editor.user);
    await page.fill("#password", editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 }).catch(() => {});
    expect(new URL(page.url()).origin).toBe(base);
    expect(new URL(page.url()).pathname).toBe("/upload");
    await context.close();
  });
});

describe("pinned editions beyond PostgreSQL's integer (v=)", () => {
  it.each([
    "/?v=2147483648",
    "/ja?v=99999999999",
    "/embed?v=2147483648",
    "/download/dataset.csv?v=2147483648",
    "/download/view.csv?v=2147483648",
    "/og?v=2147483648",
  ])("%s → 400, not 500", async (path) => {
    expect((await fetch(`${base}${path}`, { redirect: "manual" })).status).toBe(400);
  });

  it("still serves a pinned link to an edition that exists", async () => {
    expect((await fetch(`${base}/download/dataset.csv?v=1`)).status).toBe(200);
  });
});

describe("GET /api/health", () => {
  it("reports the database, its latency, the data version and the app version", async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { database: { latencyMs: number }; dataVersion: string };
    expect(body).toMatchObject({ ready: true, database: { reachable: true }, version: packageJson.version });
    expect(body.database.latencyMs).toBeGreaterThan(0);
    expect(body.dataVersion).toMatch(/^\d+$/);
  });
});

describe("CSV downloads", () => {
  it("keep each citation line in one cell when a label, publisher or licence holds a comma and a formula", async () => {
    const dataset = {
      slug: "csv-injection",
      name: "Injection test",
      publisher: 'Evil Corp,=HYPERLINK("http://evil")',
      definition: "OTHER",
      license: "CC0,@SUM(1+1)",
      sourceUrl: "https://example.org/",
    };
    expect(
      (await api("/api/datasets", { method: "POST", cookie, headers: json, body: JSON.stringify(dataset) })).status,
    ).toBe(201);
    const label = "June 2026,=cmd|' /C calc'!A0";
    const staged = await api(
      `/api/uploads?dataset=csv-injection&label=${encodeURIComponent(label)}&fileName=long.csv`,
      { method: "POST", cookie, body: await readFile(fixture("long.csv")), headers: { "content-type": "text/csv" } },
    );
    expect((await api(`/api/editions/${editionIdOf(staged)}/commit`, { method: "POST", cookie })).status).toBe(200);
    const csv = await (await fetch(`${base}/download/dataset.csv?dataset=csv-injection`)).text();
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows.slice(0, 4).map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(rows[0]![0]).toContain(label);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
