import { describe, expect, it } from "vitest";
import { admit, IN_FLIGHT_MS, type KeyStates, RULES, settle, waitAfter } from "../../lib/auth/throttle";

// The throttle's rules as pure functions of the keys' rows and the clock (lib/auth/throttle.ts); the database part
// (one transaction, rows locked) is tested in tests/integration/sign-in-state.test.ts.
const T0 = Date.UTC(2026, 11, 3, 6, 0, 0);

/** A tiny in-memory model of the table, one row per attempt kind, for one name at one address. */
function keysFor() {
  const rows = new Map<string, KeyStates[keyof KeyStates]>();
  const key = (kind: string, user: string, address: string) =>
    kind === "pair" ? `${user}@${address}` : kind === "user" ? `u:${user}` : `a:${address}`;
  return {
    states(user: string, address: string): KeyStates {
      return {
        pair: rows.get(key("pair", user, address)),
        address: rows.get(key("address", user, address)),
        user: rows.get(key("user", user, address)),
      };
    },
    write(user: string, address: string, states: KeyStates) {
      for (const kind of ["pair", "address", "user"] as const) rows.set(key(kind, user, address), states[kind]);
    },
    /** one attempt with a wrong password, its check taking `checkMs`: whether it was checked, and the wait after */
    fail(user: string, address: string, now: number, checkMs = 0): { go: boolean; wait: number } {
      const verdict = admit(this.states(user, address), now);
      if (!verdict.go) return verdict;
      this.write(user, address, verdict.after);
      const settled = settle(this.states(user, address), verdict, now + checkMs, "wrong");
      this.write(user, address, settled);
      return { go: true, wait: waitAfter(settled, now + checkMs) };
    },
  };
}

describe("the sign-in throttle's rules", () => {
  it("checks 3 passwords for a name at an address, then locks it out for 1 s, 2 s, 4 s … up to 15 minutes", () => {
    const t = keysFor();
    expect([0, 1, 2].map((i) => t.fail("alice", "203.0.113.5", T0 + i).wait)).toEqual([0, 0, 1]);
    expect(t.fail("alice", "203.0.113.5", T0 + 10)).toEqual({ go: false, wait: 1 });
    let now = T0 + 1_010;
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const verdict = t.fail("alice", "203.0.113.5", now);
      expect(verdict.go).toBe(true);
      waits.push(verdict.wait);
      now += verdict.wait * 1000;
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
    // the same name elsewhere, and another name here, are not locked by it
    expect(t.fail("alice", "198.51.100.7", now - 1).go).toBe(true);
    expect(t.fail("bob", "203.0.113.5", now - 1).go).toBe(true);
  });

  it("locks an address out after 10 failures across names", () => {
    const t = keysFor();
    const verdicts = Array.from({ length: 11 }, (_, i) => t.fail(`user${i}`, "192.0.2.44", T0));
    expect(verdicts.filter((v) => v.go)).toHaveLength(10);
    expect(verdicts[10]).toEqual({ go: false, wait: 1 });
  });

  it("after 60 failures for a name from 20 addresses, still checks a new address's password, once", () => {
    const t = keysFor();
    const addresses = Array.from({ length: 20 }, (_, i) => `198.51.100.${i + 1}`);
    let checked = 0;
    for (const address of addresses)
      for (let i = 0; i < 3; i++) if (t.fail("alice", address, T0 + checked).go) checked++;
    // the name's rule tripped at its 50th failure: the addresses that had failed were refused from then on
    expect(checked).toBeGreaterThan(RULES.user.free);
    expect(checked).toBeLessThan(60);
    const now = T0 + 100;
    for (const address of addresses) expect(admit(t.states("alice", address), now).go).toBe(false);
    // an address that has not failed for the name gets its password checked: the editor is not locked out …
    expect(admit(t.states("alice", "192.0.2.10"), now).go).toBe(true);
    // … and an attacker's new address gets one guess, then waits like the others
    expect(t.fail("alice", "192.0.2.200", now).go).toBe(true);
    expect(t.fail("alice", "192.0.2.200", now).go).toBe(false);
  });

  it("starts the lock-out when the password has proved wrong, however long the check waited", () => {
    const t = keysFor();
    for (let i = 0; i < 2; i++) t.fail("frank", "192.0.2.3", T0);
    const verdict = admit(t.states("frank", "192.0.2.3"), T0);
    if (!verdict.go) throw new Error("unreachable");
    t.write("frank", "192.0.2.3", verdict.after);
    // while it is being checked, attempts past the allowance are refused
    expect(admit(t.states("frank", "192.0.2.3"), T0 + 5_000)).toMatchObject({ go: false });
    t.write("frank", "192.0.2.3", settle(t.states("frank", "192.0.2.3"), verdict, T0 + 5_000, "wrong"));
    expect(admit(t.states("frank", "192.0.2.3"), T0 + 5_500)).toEqual({ go: false, wait: 1 });
    expect(admit(t.states("frank", "192.0.2.3"), T0 + 6_000).go).toBe(true);
    expect(IN_FLIGHT_MS).toBeGreaterThan(5_000);
  });

  it("takes back the failure it counted when the password proves right, and forgets the pair's", () => {
    const t = keysFor();
    for (let i = 0; i < 2; i++) t.fail("carol", "192.0.2.99", T0);
    for (let i = 0; i < 7; i++) t.fail(`other${i}`, "192.0.2.99", T0);
    const verdict = admit(t.states("carol", "192.0.2.99"), T0);
    if (!verdict.go) throw new Error("unreachable");
    expect(verdict.seconds).toEqual({ pair: 1, address: 1, user: 0 }); // the pair's 3rd failure, the address's 10th
    t.write("carol", "192.0.2.99", verdict.after);
    const after = settle(t.states("carol", "192.0.2.99"), verdict, T0 + 5, "right");
    expect(after.pair).toBeUndefined();
    expect(after.address).toMatchObject({ failures: 9, lockedUntil: null });
    expect(after.user).toMatchObject({ failures: 2, lockedUntil: null });
  });

  it("keeps a lock another attempt set meanwhile when it takes its own failure back", () => {
    const t = keysFor();
    for (let i = 0; i < 2; i++) t.fail("dave", "192.0.2.7", T0);
    const mine = admit(t.states("dave", "192.0.2.7"), T0);
    if (!mine.go) throw new Error("unreachable");
    const theirs = { ...mine.after.pair, lockedUntil: T0 + 60_000 };
    const after = settle({ ...mine.after, pair: theirs }, mine, T0 + 5, "unchecked");
    expect(after.pair).toMatchObject({ failures: 2, lockedUntil: T0 + 60_000 });
    expect(after.address).toMatchObject({ failures: 2, lockedUntil: null });
  });

  it("forgets failures once their 24-hour window has passed", () => {
    const t = keysFor();
    for (let i = 0; i < 3; i++) t.fail("erin", "192.0.2.8", T0);
    expect(t.fail("erin", "192.0.2.8", T0 + 24 * 3600_000 + 1)).toMatchObject({ go: true, wait: 0 });
  });
});
