import { readEnv } from "../env";
import { verifyPassword } from "./password";

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

// A fixed hash to compare against for unknown names, so a wrong name costs as long as a wrong password.
const DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export async function checkCredentials(config: AuthConfig, user: string, password: string): Promise<boolean> {
  const hash = config.editors.get(user);
  const ok = await verifyPassword(password, hash ?? DUMMY_HASH);
  return ok && hash !== undefined;
}
