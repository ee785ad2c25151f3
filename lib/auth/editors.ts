import { readEnv } from "../env";
import { SCRYPT_COST, verifyPassword } from "./password";

/** EDITORS="alice:scrypt$… bob:scrypt$…" — names and password hashes, separated by spaces or newlines. */
export function parseEditors(value: string | undefined): Map<string, string> {
  const editors = new Map<string, string>();
  for (const entry of (value ?? "").split(/\s+/).filter(Boolean)) {
    const colon = entry.indexOf(":");
    if (colon > 0) editors.set(entry.slice(0, colon), entry.slice(colon + 1));
  }
  return editors;
}

export interface AuthConfig {
  editors: Map<string, string>;
  secret: string | undefined;
}

export function authConfig(): AuthConfig {
  const env = readEnv();
  return { editors: parseEditors(env.EDITORS), secret: env.SESSION_SECRET };
}

/**
 * Unknown names are checked against a fixed hash of the same cost as the configured ones, so a wrong name costs as
 * long as a wrong password and the timing does not tell which names exist.
 */
function dummyHash(editors: Map<string, string>): string {
  const costs = [...editors.values()].map((h) => Number(h.split("$")[1])).filter((n) => Number.isInteger(Math.log2(n)));
  return `scrypt$${Math.max(0, ...costs) || SCRYPT_COST.N}$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
}

export async function checkCredentials(config: AuthConfig, user: string, password: string): Promise<boolean> {
  const hash = config.editors.get(user);
  const ok = await verifyPassword(password, hash ?? dummyHash(config.editors));
  return ok && hash !== undefined;
}
