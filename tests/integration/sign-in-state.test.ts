import { describe, expect, it } from "vitest";
import { endSession, sessionIsActive, startSession } from "../../lib/auth/session-store";
import { recordSignInFailure, recordSignInSuccess, signInLockedFor } from "../../lib/auth/throttle";
import { useTestDatabase } from "../helpers/test-database";

// The sign-in throttle (rate-limiter-flexible's PostgreSQL store) and the server-side sessions, against the real
// database — PostgreSQL and embedded PGlite over its socket — through the app's own pool.
const db = await useTestDatabase();

describe("sign-in throttle", () => {
  it("locks a name at one address out after 3 failures, doubling the wait with each further one", async () => {
    const attempt = { address: "203.0.113.5", username: "alice" };
    expect(await recordSignInFailure(db.pool, attempt)).toBe(0);
    expect(await recordSignInFailure(db.pool, attempt)).toBe(0);
    expect(await signInLockedFor(db.pool, attempt)).toBe(0);
    expect(await recordSignInFailure(db.pool, attempt)).toBe(1);
    expect(await signInLockedFor(db.pool, attempt)).toBe(1);
    expect(await recordSignInFailure(db.pool, attempt)).toBe(2);
    expect(await recordSignInFailure(db.pool, attempt)).toBe(4);
    expect(await signInLockedFor(db.pool, attempt)).toBe(4);
    // the same name from another address, and another name from this one, are not locked by it
    expect(await signInLockedFor(db.pool, { address: "198.51.100.7", username: "alice" })).toBe(0);
    expect(await signInLockedFor(db.pool, { address: "203.0.113.5", username: "bob" })).toBe(0);
  });

  it("locks an address out after 10 failures across names, and counts concurrent failures exactly", async () => {
    const address = "192.0.2.44";
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => recordSignInFailure(db.pool, { address, username: `user${i}` })),
    );
    const { rows } = await db.pool.query<{ points: number }>(`SELECT points FROM login_throttle WHERE key = $1`, [
      `fail:address:${address}`,
    ]);
    expect(rows[0]?.points).toBe(10);
    expect(await signInLockedFor(db.pool, { address, username: "someone-new" })).toBeGreaterThan(0);
  });

  it("forgets a name's failures at an address after a correct password there", async () => {
    const attempt = { address: "192.0.2.99", username: "carol" };
    for (let i = 0; i < 3; i++) await recordSignInFailure(db.pool, attempt);
    expect(await signInLockedFor(db.pool, attempt)).toBeGreaterThan(0);
    await recordSignInSuccess(db.pool, attempt);
    expect(await signInLockedFor(db.pool, attempt)).toBe(0);
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
