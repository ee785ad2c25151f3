import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// next.config.js validates the environment when Next.js loads it (as create-t3-app's does): `next build`, `next
// start` and `next dev` refuse a bad value at once, by name, instead of failing at the first request that reads it.
const loadConfig = (env: Record<string, string>) =>
  promisify(execFile)(process.execPath, ["--input-type=module", "-e", 'await import("./next.config.js")'], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", ...env },
  }).then(
    () => "loaded",
    (error: { stderr: string }) => /Error: (Invalid environment: [^\n]*)/.exec(error.stderr)?.[1] ?? error.stderr,
  );

describe("the environment, checked when next.config.js loads", () => {
  it("loads with nothing set (the embedded database) and with a real server's URL", async () => {
    expect(await loadConfig({})).toBe("loaded");
    expect(await loadConfig({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/dsd" })).toBe("loaded");
  });

  it.each([
    [{ DATABASE_URL: "mysql://db.example/dsd" }, "DATABASE_URL"],
    [{ EDITORS: "alice:scrypt$x" }, "SESSION_SECRET: SESSION_SECRET is required when EDITORS is set"],
    [{ PUBLIC_ORIGIN: "https://dash.example.org/path" }, "PUBLIC_ORIGIN: PUBLIC_ORIGIN must be an origin only"],
    [{ TRUSTED_PROXY_HOPS: "many" }, "TRUSTED_PROXY_HOPS"],
  ])("refuses %o, naming it", async (env, named) => {
    expect(await loadConfig(env)).toContain(`Invalid environment: ${named}`);
  });
});
