import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, editionIdOf, signIn, createTestDataset } from "../helpers/editor-session";
import { fixture } from "../helpers/parse-fixture";
import { snapshot } from "../helpers/test-database";

// Every write endpoint, called as an attacker or with bad input would call it, against the running app and its
// real database: refused with the right status, and nothing changed.
const pool = new pg.Pool({ connectionString: inject("appDatabaseUrl") });
let cookie: string;
const csv = (name: string) => readFile(fixture(name));

beforeAll(async () => {
  cookie = await signIn();
  await createTestDataset(cookie, { slug: "api-test", name: "API test" }, "allowed");
});
afterAll(() => pool.end());

const upload = async (file: string, label: string, session: string | null = cookie, dataset = "api-test", extra = "") =>
  api(`/api/uploads?dataset=${dataset}&label=${encodeURIComponent(label)}&fileName=${file}${extra}`, {
    method: "POST",
    cookie: session,
    body: await csv(file),
    headers: { "content-type": "text/csv" },
  });
const commit = (body: Record<string, unknown>, session = cookie) =>
  api(`/api/editions/${editionIdOf({ body })}/commit`, {
    method: "POST",
    cookie: session,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ confirmRemovals: body.removed }),
  });

describe("write endpoints", () => {
  it("refuse every write without a session (401) or with a forged one, and change nothing", async () => {
    const before = await snapshot(pool);
    const forged = "__Host-dsd_session=eyJ1c2VyIjoiYWxpY2UiLCJleHAiOjk5OTk5OTk5OTl9.AAAA";
    for (const session of [null, forged]) {
      expect((await upload("long.csv", "x", session)).status).toBe(401);
      expect((await api("/api/datasets", { method: "POST", cookie: session, body: "{}" })).status).toBe(401);
      expect((await api("/api/datasets/api-test", { method: "PUT", cookie: session, body: "{}" })).status).toBe(401);
      expect((await api("/api/editions/1/commit", { method: "POST", cookie: session })).status).toBe(401);
      expect((await api("/api/editions/1/current", { method: "POST", cookie: session })).status).toBe(401);
      expect((await api("/api/editions/1", { method: "DELETE", cookie: session })).status).toBe(401);
    }
    expect(await snapshot(pool)).toEqual(before);
  });

  it("lets an editor correct a dataset's details, validated", async () => {
    const edit = {
      name: "API test",
      publisher: "Test institute",
      definition: "OTHER",
      license: "CC BY 4.0",
      sourceUrl: "https://example.org/data",
      description: "<b>caveat</b>",
    };
    const ok = await api("/api/datasets/api-test", {
      method: "PUT",
      cookie,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(edit),
    });
    expect(ok.status).toBe(200);
    const row = await pool.query(`SELECT publisher, license, description FROM datasets WHERE slug = 'api-test'`);
    expect(row.rows[0]).toEqual({ publisher: "Test institute", license: "CC BY 4.0", description: "<b>caveat</b>" });
    const bad = await api("/api/datasets/api-test", {
      method: "PUT",
      cookie,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...edit, sourceUrl: "javascript:alert(1)" }),
    });
    expect(bad.status).toBe(422);
    expect(
      (
        await api("/api/datasets/nope", {
          method: "PUT",
          cookie,
          headers: { "content-type": "application/json" },
          body: JSON.stringify(edit),
        })
      ).status,
    ).toBe(404);
  });

  it("refuses a cross-site request even with a valid session (403)", async () => {
    const response = await api("/api/editions/1/current", {
      method: "POST",
      cookie,
      headers: { origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
  });

  it("refuses a wrong password", async () => {
    const response = await api("/api/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "alice", password: "guess" }),
    });
    expect(response).toEqual({ status: 401, body: { error: "Wrong username or password." } });
  });

  it.each([
    ["empty.csv", "The file is empty."],
    ["header-only.csv", "header but no data rows"],
    ["binary.csv", "cannot be read"],
    ["page.html.csv", "HTML"],
    ["invalid-rows.csv", "Unknown country"],
    ["unclosed-quote.csv", "never closed"],
  ])("rejects %s with a located error (422) and changes nothing", async (file, message) => {
    const before = await snapshot(pool);
    const response = await upload(file, `bad ${file}`);
    expect(response.status).toBe(422);
    const errors = response.body.errors as { file: string; line: number; message: string }[];
    expect(errors[0]!.file).toBe(file);
    expect(errors[0]!.line).toBeGreaterThan(0);
    expect(errors.map((e) => e.message).join(" ")).toContain(message);
    expect(await snapshot(pool)).toEqual(before);
  });

  it("two editors committing reviews of the same edition: one succeeds, the other gets 409, never a mix", async () => {
    const base = await upload("long.csv", "base-commit", cookie, "api-test", "&mode=replace");
    if (base.body.status === "staged") await commit(base.body);
    const bob = await signIn(1);
    const a = await upload("long-revised.csv", "alice's revision", cookie, "api-test", "&mode=replace");
    const b = await upload("wide-nato.csv", "bob's revision", bob, "api-test", "&mode=replace");
    expect([a.body.status, b.body.status]).toEqual(["staged", "staged"]);
    const results = await Promise.all([commit(a.body), commit(b.body, bob)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(String(results.find((r) => r.status === 409)!.body.error)).toMatch(
      /became current after this file was reviewed/,
    );
    const current = await pool.query<{ id: number }>(
      `SELECT current_edition_id AS id FROM datasets WHERE slug = 'api-test'`,
    );
    const winner = results[0].status === 200 ? a : b;
    expect(current.rows[0]?.id).toBe(winner.body.editionId);
  });
  // Last: the server closes the connection on an oversize body, which a reused socket would feel.
  it("answers 413 for a body over 50 MB and changes nothing", async () => {
    const before = await snapshot(pool);
    const line = new TextEncoder().encode("JPN,2020,1.0\n".repeat(10_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode("country,year,value\n"));
        controller.enqueue(line);
        sent += line.length;
        if (sent > 52 * 1024 * 1024) controller.close();
      },
    });
    const response = await fetch(`${inject("appUrl")}/api/uploads?dataset=api-test&label=huge&fileName=huge.csv`, {
      method: "POST",
      body,
      headers: { cookie, "content-type": "text/csv", origin: inject("appUrl") },
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await snapshot(pool)).toEqual(before);
  });
});
