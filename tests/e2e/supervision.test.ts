import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedApp, startApp } from "../helpers/app-server";
import { editorEntry } from "../helpers/editor-hash";
import { adminQuery, uniqueName, urlFor } from "../helpers/postgres-admin";

// What `npm start` does when its server process dies (issue 21, Supervision): the launcher starts it again within
// seconds; and a server whose launcher died stops by itself instead of living on unsupervised.
const database = uniqueName("dsd_supervise");
let app: StartedApp;

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE ${database}`);
  app = await startApp({
    DATABASE_URL: urlFor(database),
    EDITORS: await editorEntry("alice", randomBytes(12).toString("base64url")),
    SESSION_SECRET: randomBytes(32).toString("hex"),
  });
}, 300_000);
afterAll(async () => {
  await app?.stop();
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

/** The node process of `npm start`'s group that runs `script`. */
function processRunning(script: string): number | null {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,pgid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter(([, pgid]) => Number(pgid) === app.pid);
  // node itself, not the shell npm runs it through
  const row = rows.find((r) => /node$/.test(r[2] ?? "") && r.slice(3).includes(`scripts/${script}`));
  return row ? Number(row[0]) : null;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** Waits for `condition` (a positive event), polling, up to `ms`. */
async function until(condition: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}
const healthy = () =>
  fetch(`${app.url}/api/health`).then(
    (r) => r.status === 200,
    () => false,
  );

describe("supervision", () => {
  it("starts the server again within seconds when it is killed", async () => {
    const server = processRunning("serve.ts");
    expect(server).not.toBeNull();
    process.kill(server!, "SIGKILL");
    expect(await until(() => !alive(server!), 10_000)).toBe(true);
    expect(await until(healthy, 60_000)).toBe(true);
    const again = processRunning("serve.ts");
    expect(again).not.toBeNull();
    expect(again).not.toBe(server);
    expect(app.output()).toContain("The server process ended unexpectedly (SIGKILL); starting it again.");
  });

  it("a server whose launcher died stops by itself, with no request in flight", async () => {
    const launcher = processRunning("start.ts");
    const server = processRunning("serve.ts");
    expect(launcher && server).toBeTruthy();
    process.kill(launcher!, "SIGKILL");
    expect(await until(() => !alive(server!), 10_000)).toBe(true);
    expect(app.output()).toMatch(/"reason":"launcher exited"/);
  });
});
