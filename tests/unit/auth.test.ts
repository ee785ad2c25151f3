import { describe, expect, it } from "vitest";
import { checkCredentials, parseEditors } from "../../lib/auth/editors";
import { hashPassword, verifyPassword } from "../../lib/auth/password";
import { createSessionToken, readSessionToken, SESSION_SECONDS } from "../../lib/auth/session";

const SECRET = "s".repeat(40);

describe("editor authentication", () => {
  it("hashes passwords with scrypt and a random salt", async () => {
    const [a, b] = [await hashPassword("correct horse"), await hashPassword("correct horse")];
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse", a)).toBe(true);
    expect(await verifyPassword("wrong horse", a)).toBe(false);
  });

  it("checks names and passwords from EDITORS", async () => {
    const config = { editors: parseEditors(`alice:${await hashPassword("alice-pass")}  bob:${await hashPassword("bob-pass")}`), secret: SECRET };
    expect([...config.editors.keys()]).toEqual(["alice", "bob"]);
    expect(await checkCredentials(config, "alice", "alice-pass")).toBe(true);
    expect(await checkCredentials(config, "alice", "bob-pass")).toBe(false);
    expect(await checkCredentials(config, "mallory", "alice-pass")).toBe(false);
  });

  it("accepts its own session tokens until they expire, and nothing forged", () => {
    const now = Date.UTC(2026, 10, 26);
    const token = createSessionToken("alice", SECRET, now);
    expect(readSessionToken(token, SECRET, now)).toBe("alice");
    expect(readSessionToken(token, SECRET, now + SESSION_SECONDS * 1000 + 1)).toBeNull();
    expect(readSessionToken(token, "x".repeat(40), now)).toBeNull();
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ user: "root", exp: 9e9 })).toString("base64url");
    expect(readSessionToken(`${forged}.${signature}`, SECRET, now)).toBeNull();
    expect(readSessionToken(`${payload}.`, SECRET, now)).toBeNull();
    expect(readSessionToken(undefined, SECRET, now)).toBeNull();
  });
});
