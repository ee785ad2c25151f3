import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApp } from "../helpers/app-server";

// The README's first command on a machine without a database server: no DATABASE_URL, embedded PGlite under
// DATA_DIR. The second start must reuse the data without importing again.
describe("npm start with the embedded database", () => {
  let dataDir: string;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("loads the shipped data once, serves it, and keeps it across restarts", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "dsd-embedded-"));
    const env = { DATABASE_URL: "", DATA_DIR: dataDir };
    const first = await startApp(env);
    try {
      expect(first.output()).toContain(`Embedded PostgreSQL (PGlite) in ${dataDir}`);
      expect(first.output()).toMatch(/Loaded nato "August 2025": \d+ figures/);
      const html = await (await fetch(`${first.url}/?dataset=nato&view=ranking&year=2024`)).text();
      expect(html).toContain("Poland");
    } finally {
      await first.stop();
    }
    const second = await startApp(env);
    try {
      expect(second.output()).not.toContain("Loaded ");
      const html = await (await fetch(`${second.url}/sources`)).text();
      expect(html).toContain("NATO defence expenditure");
    } finally {
      await second.stop();
    }
  });
});
