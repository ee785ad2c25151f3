import { type ChildProcess, spawn } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/db/generated/client";
import { createPool } from "../../lib/db/pool";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { loadShippedData } from "../../lib/import/shipped-data";
import { freePort } from "../helpers/app-server";
import { useBrowser } from "../helpers/browser";
import { startPrivatePostgres } from "../helpers/private-postgres";

// The production server (built by this suite's `npm start`) against a PostgreSQL server of this test's own, which
// the test crashes and restarts: readers get a clear 503, and pages work again without an app restart. (How soon the
// 503 comes is a speed figure, measured by the bench: "Database outage".)
const browser = useBrowser();

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

  const get = async (path: string) => {
    const response = await fetch(`${url}${path}`);
    return { status: response.status, body: await response.text() };
  };
  // the server notices at its next probe of the database: ask until it says so (each answer complete, none hung)
  const until = (path: string, status: number) =>
    expect.poll(async () => (await get(path)).status, { timeout: 15_000, interval: 100 }).toBe(status);

  it("answers 503 with a clear message, then recovers when the database returns", async () => {
    expect((await get("/")).status).toBe(200);
    await server.crash();
    await until("/", 503);
    const outage = await get("/");
    expect(outage.status).toBe(503);
    expect(outage.body).toContain("The data is unavailable right now");
    expect(outage.body).not.toMatch(/ECONNREFUSED|at async|node_modules|Prisma/);
    const api = await get("/api/datasets");
    expect(api.status).toBe(503);

    const page = await browser.newPage();
    const response = await page.goto(url);
    expect(response?.status()).toBe(503);
    expect(await page.getByRole("heading", { name: "The data is unavailable right now" }).count()).toBe(1);
    await page.close();

    await server.start();
    await until("/", 200);
    const back = await get("/");
    expect(back.status).toBe(200);
    expect(back.body).toContain("Japan");
  });
});
