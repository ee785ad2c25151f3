import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { withScryptSlot } from "./scrypt-gate";

type ScryptOptions = { N: number; r: number; p: number; maxmem: number };
const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
) => Promise<Buffer>;
// OWASP's minimum for scrypt (Password Storage Cheat Sheet): N=2^17, r=8, p=1 — 128 MiB and 1.7–2.1 s per hash on
// the shared 2-core test machine under load (N=2^14: 0.06–0.27 s).
// Sign-in is throttled (throttle.ts) and at most a few run at once (scrypt-gate.ts), so the cost cannot be abused.
export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
// Hashes from EDITORS are configuration, but a typo must not make one sign-in allocate gigabytes.
const MAX_N = 2 ** 20;

/** scrypt needs 128·N·r bytes; Node refuses above maxmem (32 MiB by default), so it is set to what the hash needs. */
const options = (N: number, r: number, p: number): ScryptOptions => ({ N, r, p, maxmem: 128 * N * r + 1024 * 1024 });

/** scrypt$N$r$p$salt$hash (base64url), the format EDITORS holds; produce one with `npm run hash-password`. */
export async function hashPassword(
  password: string,
  { N, r, p }: { N: number; r: number; p: number } = SCRYPT_COST,
): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, options(N, r, p));
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

/** Checks a password against a stored hash of any cost (older hashes used N=2^14 and still verify). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  if (scheme !== "scrypt" || !salt || !hash || !validCost(N, R, P)) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await withScryptSlot(() =>
    scrypt(password, Buffer.from(salt, "base64url"), expected.length, options(N, R, P)),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const validCost = (N: number, r: number, p: number) =>
  Number.isInteger(Math.log2(N)) &&
  N >= 2 &&
  N <= MAX_N &&
  Number.isInteger(r) &&
  r >= 1 &&
  r <= 32 &&
  Number.isInteger(p) &&
  p >= 1 &&
  p <= 16;
