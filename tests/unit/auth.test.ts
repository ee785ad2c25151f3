import { describe, expect, it } from "vitest";
import { checkCredentials, parseEditors } from "../../lib/auth/editors";
import { hashPassword, verifyPassword } from "../../lib/auth/password";
import { createSessionToken, passwordFingerprint, readSessionToken, SESSION_SECONDS } from "../../lib/auth/session";

const SECRET = "s".repeat(40);
// 'old passphrase' at the previous cost (N=2^14, r=8, p=1, 32 bytes), as `npm run hash-password` printed it before.
const OLD_HASH = "scrypt$16384$8$1$pGtEOjYPTG1WEfZXDNL_Mg$VmGoEdxv_hYuLa1gZXtbwgOeIUHuNZVi5yINCm1HJUA";

describe("editor authentication", { timeout: 60_000 }, () => {
  it("hashes new passwords with scrypt at OWASP's minimum cost (N=2^17, r=8, p=1) and a random salt", async () => {
    const [a, b] = [await hashPassword("correct horse"), await hashPassword("correct horse")];
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse", a)).toBe(true);
    expect(await verifyPassword("wrong horse", a)).toBe(false);
  });

  it("still verifies hashes made at the old cost, and refuses absurd costs from a mistyped EDITORS", async () => {
    expect(await verifyPassword("old passphrase", OLD_HASH)).toBe(true);
    expect(await verifyPassword("other passphrase", OLD_HASH)).toBe(false);
    expect(await verifyPassword("x", OLD_HASH.replace("16384", "1073741824"))).toBe(false);
    expect(await verifyPassword("x", OLD_HASH.replace("16384", "1000"))).toBe(false);
  });

  it("checks names and passwords from EDITORS", async () => {
    const config = {
      editors: parseEditors(`alice:${await hashPassword("alice-pass")}  bob:${await hashPassword("bob-pass")}`),
      secret: SECRET,
    };
    expect([...config.editors.keys()]).toEqual(["alice", "bob"]);
    expect(await checkCredentials(config, "alice", "alice-pass")).toBe(true);
    expect(await checkCredentials(config, "alice", "bob-pass")).toBe(false);
    expect(await checkCredentials(config, "mallory", "alice-pass")).toBe(false);
  });

  it("accepts its own session tokens until they expire, and nothing forged", () => {
    const now = Date.UTC(2026, 10, 26);
    const session = { sid: "s1", user: "alice", fp: passwordFingerprint("scrypt$hash", SECRET) };
    const token = createSessionToken(session, SECRET, now);
    expect(readSessionToken(token, SECRET, now)).toMatchObject(session);
    expect(readSessionToken(token, SECRET, now + SESSION_SECONDS * 1000 + 1)).toBeNull();
    expect(readSessionToken(token, "x".repeat(40), now)).toBeNull();
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...session, user: "root", exp: 9e9 })).toString("base64url");
    expect(readSessionToken(`${forged}.${signature}`, SECRET, now)).toBeNull();
    expect(readSessionToken(`${payload}.`, SECRET, now)).toBeNull();
    expect(readSessionToken(undefined, SECRET, now)).toBeNull();
  });

  it("fingerprints the stored hash, so a new password gives a different fingerprint (and ends old sessions)", () => {
    expect(passwordFingerprint("scrypt$a", SECRET)).toBe(passwordFingerprint("scrypt$a", SECRET));
    expect(passwordFingerprint("scrypt$a", SECRET)).not.toBe(passwordFingerprint("scrypt$b", SECRET));
    expect(passwordFingerprint("scrypt$a", SECRET)).not.toContain("scrypt");
  });
});
