import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/app-server";
import { launchChromium } from "../helpers/browser";

// The production server (already built by the suite's `npm start`) with its database gone: readers get a plain
// message, never a stack trace or a blank page.
describe("database unavailable", () => {
  let url: string;
  let stop: () => void;
  beforeAll(async () => {
    const [port, deadPort] = [await freePort(), await freePort()];
    const child = spawn("npx", ["next", "start", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: `postgresql://postgres@127.0.0.1:${deadPort}/gone`, NEXT_TELEMETRY_DISABLED: "1" },
      detached: true,
      stdio: "ignore",
    });
    stop = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
    };
    url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 120 && !(await fetch(`${url}/icon.svg`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 250));
  });
  afterAll(() => stop?.());

  it("shows a clear message instead of a stack trace", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const started = Date.now();
      await page.goto(url);
      await page.getByRole("heading", { name: "The data is unavailable right now" }).waitFor({ timeout: 5_000 });
      expect(Date.now() - started).toBeLessThan(5_000);
      const text = await page.locator("body").innerText();
      expect(text).not.toMatch(/ECONNREFUSED|at async|node_modules|PrismaClient/);
    } finally {
      await browser.close();
    }
  });
});
