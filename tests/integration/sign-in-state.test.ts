import { describe, expect, it } from "vitest";
import { parseEditors } from "../../lib/auth/editors";
import { signIn } from "../../lib/auth/sign-in";
import { endSession, sessionIsActive, startSession } from "../../lib/db/sessions";
import { editorEntry } from "../helpers/editor-hash";
import { useTestDatabase } from "../helpers/test-database";

// The sign-in throttle (lib/auth/throttle.ts over lib/db/throttle.ts) and the server-side sessions, against the real
// database — PostgreSQL and embedded PGlite over its socket — through the app's own pool and real password checks.
const db = await useTestDatabase();
const config = {
  editors: parseEditors([await editorEntry("alice", "alice-pass"), await editorEntry("bob", "bob-pass")].join(" ")),
  secret: "s".repeat(40),
};
const attempt = (username: string, password: string, address: string) =>
  signIn(config, { username, password, address }, db.pool);
const outcomes = (results: { outcome: string }[]) =>
  results.reduce<Record<string, number>>((n, r) => ({ ...n, [r.outcome]: (n[r.outcome] ?? 0) + 1 }), {});

describe("sign-in throttle", () => {
  it("checks 3 wrong passwords for a name at an address, then refuses without checking", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await attempt("alice", "nope", "203.0.113.5"));
    expect(results.map((r) => r.outcome)).toEqual(["wrong", "wrong", "wrong", "locked"]);
    expect(results.map((r) => ("retryAfter" in r ? r.retryAfter : null))).toEqual([0, 0, 1, 1]);
    // the same name from another address, and another name from this one, are not locked by it
    expect((await attempt("alice", "alice-pass", "198.51.100.7")).outcome).toBe("signed-in");
    expect((await attempt("bob", "bob-pass", "203.0.113.5")).outcome).toBe("signed-in");
  });

  it("checks no more than the free allowance when the attempts arrive at once", async () => {
    const samePair = await Promise.all(Array.from({ length: 12 }, () => attempt("alice", "nope", "192.0.2.12")));
    expect(outcomes(samePair)).toEqual({ wrong: 3, locked: 9 });
    const sameAddress = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(`user${i}`, "nope", "192.0.2.44")),
    );
    expect(outcomes(sameAddress)).toEqual({ wrong: 10, locked: 2 });
    const { rows } = await db.pool.query<{ failures: number }>(
      `SELECT failures FROM sign_in_throttle WHERE key = 'address:192.0.2.44'`,
    );
    expect(rows[0]?.failures).toBe(10);
  });

  it("lets the editor in from a new address after 60 wrong passwords for the name from 20 addresses", async () => {
    const addresses = Array.from({ length: 20 }, (_, i) => `198.18.0.${i + 1}`);
    const results = [];
    for (const address of addresses) for (let i = 0; i < 3; i++) results.push(await attempt("bob", "guess", address));
    // the name's rule tripped at its 50th failure, and from then on refused the addresses that had failed for it
    expect(outcomes(results)).toEqual({ wrong: 53, locked: 7 });
    expect(await attempt("bob", "bob-pass", "198.18.0.1")).toMatchObject({ outcome: "locked" });
    expect(await attempt("bob", "bob-pass", "198.18.1.1")).toMatchObject({ outcome: "signed-in" });
    // an attacker's fresh address gets one guess for the name, then is refused like the others
    expect(await attempt("bob", "guess", "198.18.2.1")).toMatchObject({ outcome: "wrong" });
    expect(await attempt("bob", "guess", "198.18.2.1")).toMatchObject({ outcome: "locked" });
  });

  it("forgets a name's failures at an address after a correct password there, and keeps the others'", async () => {
    for (let i = 0; i < 2; i++) await attempt("carol", "nope", "192.0.2.99");
    expect((await attempt("alice", "alice-pass", "192.0.2.99")).outcome).toBe("signed-in");
    for (let i = 0; i < 2; i++) await attempt("alice", "nope", "192.0.2.99");
    expect((await attempt("alice", "alice-pass", "192.0.2.99")).outcome).toBe("signed-in");
    const { rows } = await db.pool.query<{ key: string; failures: number }>(
      `SELECT key, failures FROM sign_in_throttle WHERE key LIKE '%192.0.2.99' ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: "address:192.0.2.99", failures: 4 },
      { key: "pair:carol@192.0.2.99", failures: 2 },
    ]);
  });
});

describe("server-side sessions", () => {
  it("exist until signed out or expired, for their own editor only", async () => {
    const id = await startSession(db.pool, "alice", 60);
    expect(await sessionIsActive(db.pool, id, "alice")).toBe(true);
    expect(await sessionIsActive(db.pool, id, "bob")).toBe(false);
    await endSession(db.pool, id);
    expect(await sessionIsActive(db.pool, id, "alice")).toBe(false);
    const expired = await startSession(db.pool, "alice", -1);
    expect(await sessionIsActive(db.pool, expired, "alice")).toBe(false);
    await startSession(db.pool, "alice", 60);
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM editor_sessions WHERE id = $1`,
      [expired],
    );
    expect(rows[0]?.n).toBe(0);
  });
});
