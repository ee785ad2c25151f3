import { type ChildProcess, spawn } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/db/generated/client";
import { createPool } from "../../lib/db/pool";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { loadShippedData } from "../../lib/import/shipped-data";
import { freePort } from "../helpers/app-server";
import { launchChromium } from "../helpers/browser";
import { startPrivatePostgres } from "../helpers/private-postgres";

// The production server (built by this suite's `npm start`) against a PostgreSQL server of this test's own, which
// the test crashes and restarts: readers get a clear 503 within 2 s, and pages work again without an app restart.
describe("database outage while the app runs", () => {
  let server: Awaited<ReturnType<typeof startPrivatePostgres>>;
  let app: ChildProcess;
  let url: string;

  beforeAll(async () => {
    server = await startPrivatePostgres();
    const pool = createPool(server.url);
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    await prepareDatabase(pool, prisma);
    await loadShippedData(pool, prisma);
    await prisma.$disconnect();
    await pool.end();
    const port = await freePort();
    app = spawn("npx", ["next", "start", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: server.url, NEXT_TELEMETRY_DISABLED: "1" },
      detached: true,
      stdio: "ignore",
    });
    url = `http://127.0.0.1:${port}`;
    for (
      let i = 0;
      i < 160 &&
      !(await fetch(`${url}/icon.svg`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 250));
  });
  afterAll(async () => {
    try {
      process.kill(-app.pid!, "SIGKILL");
    } catch {}
    await server?.destroy();
  });

  const timed = async (path: string) => {
    const started = Date.now();
    const response = await fetch(`${url}${path}`);
    return { status: response.status, ms: Date.now() - started, body: await response.text() };
  };

  it("answers 503 with a clear message within 2 s, then recovers when the database returns", async () => {
    expect((await timed("/")).status).toBe(200);
    await server.crash();
    const crashed = Date.now();
    let outage = await timed("/");
    while (outage.status !== 503 && Date.now() - crashed < 5_000) outage = await timed("/");
    expect(outage.status).toBe(503);
    expect(Date.now() - crashed).toBeLessThan(2_000 + outage.ms);
    expect(outage.ms).toBeLessThan(2_000);
    expect(outage.body).toContain("The data is unavailable right now");
    expect(outage.body).not.toMatch(/ECONNREFUSED|at async|node_modules|Prisma/);
    const api = await timed("/api/datasets");
    expect(api.status).toBe(503);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const response = await page.goto(url);
      expect(response?.status()).toBe(503);
      expect(await page.getByRole("heading", { name: "The data is unavailable right now" }).count()).toBe(1);
    } finally {
      await browser.close();
    }

    await server.start();
    const restarted = Date.now();
    let back = await timed("/");
    while (back.status !== 200 && Date.now() - restarted < 10_000) {
      await new Promise((r) => setTimeout(r, 200));
      back = await timed("/");
    }
    expect(back.status).toBe(200);
    expect(back.body).toContain("Japan");
  });
});
