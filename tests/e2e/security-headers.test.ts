import http from "node:http";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { freePort } from "../helpers/app-server";
import { useBrowser } from "../helpers/browser";
import { fixture } from "../helpers/parse-fixture";

// Security headers on every kind of response, and the Content-Security-Policy checked where it matters: in Chromium,
// on the dashboard (charts), the upload page (its Web Worker), the embed in another site's iframe — with no
// violation reported — while every other page refuses to be framed.
const base = inject("appUrl");
const editor = inject("editors")[0]!;
const browser = useBrowser();

const head = async (path: string, headers: Record<string, string> = {}) =>
  (await fetch(`${base}${path}`, { headers, redirect: "manual" })).headers;

describe("security headers", () => {
  it.each([
    "/",
    "/sources",
    "/login",
    "/ja/sources",
    "/api/session",
    "/api/health",
    "/og?countries=JPN",
    "/download/view.csv?countries=JPN",
    "/no-such-page",
    "/icon.svg",
  ])("%s: nosniff, referrer and permissions policies, CSP, not framable", async (path) => {
    const h = await head(path);
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("permissions-policy")).toMatch(/camera=\(\)/);
    expect(h.get("content-security-policy")).toMatch(/default-src 'self'.*object-src 'none'.*frame-ancestors 'none'/);
    expect(h.get("x-frame-options")).toBe("DENY");
    expect(h.get("strict-transport-security")).toBeNull();
  });

  it("covers build assets too", async () => {
    const html = await (await fetch(`${base}/sources`)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
    const h = await head(asset);
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it.each(["/embed", "/ar/embed", "/ja/embed", "/embed?countries=JPN~POL"])(
    "%s stays framable by any site",
    async (path) => {
      const h = await head(path);
      expect(h.get("x-frame-options")).toBeNull();
      expect(h.get("content-security-policy")).toMatch(/frame-ancestors \*$/);
      expect(h.get("x-content-type-options")).toBe("nosniff");
    },
  );

  it("adds HSTS when the site is reached over https (the load balancer says so)", async () => {
    expect((await head("/sources", { "x-forwarded-proto": "https" })).get("strict-transport-security")).toMatch(
      /max-age=\d{8}/,
    );
  });
});

describe("the Content-Security-Policy in Chromium", () => {
  async function watch(page: Page) {
    const violations: string[] = [];
    page.on("console", (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
    await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    return violations;
  }

  it("lets the dashboard, its charts and the upload page's worker run, with no violation", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await watch(page);
    await page.goto(`${base}/?dataset=nato&countries=POL~DEU&from=2014`);
    await page.locator("svg.path-chart:visible g.series path").first().waitFor();
    await page.goto(`${base}/?countries=JPN~POL&view=ranking`);
    await page.locator("svg.ranking-chart:visible .bar").first().waitFor();
    await page.goto(`${base}/login?next=/upload`);
    await page.fill("#username", editor.user);
    await page.fill("#password", editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/upload`);
    await page.setInputFiles('input[type="file"]', fixture("long.csv"));
    await page.locator("#preview-title").waitFor(); // the preview is parsed in a Web Worker
    expect(violations).toEqual([]);
    await context.close();
  });

  it("shows /embed in another site's iframe, and refuses to frame any other page", async () => {
    const page = await browser.newPage();
    const violations = await watch(page);
    // another site: a page on another port (another origin; local, so Chromium's Private Network Access allows it)
    const frame = (id: string, path: string) =>
      `<iframe id="${id}" src="${base}${path}" width="900" height="600"></iframe>`;
    const html = `<!DOCTYPE html><title>News</title>${frame("embed", "/embed?countries=JPN")}${frame("page", "/sources")}`;
    const port = await freePort();
    const site = http
      .createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(html))
      .listen(port, "127.0.0.1");
    await page.goto(`http://127.0.0.1:${port}/article`);
    const embed = page.frameLocator("#embed");
    await embed.locator("svg.path-chart:visible g.series path").first().waitFor({ state: "attached" });
    expect(await embed.locator("a[target=_top]").count()).toBe(1);
    // the /sources frame was refused (frame-ancestors 'none'): once the browser says so, nothing of the page shows
    await expect.poll(() => violations.some((v) => /frame-ancestors 'none'/.test(v))).toBe(true);
    expect(page.frames().filter((f) => f.url().startsWith(`${base}/sources`))).toEqual([]);
    expect(violations.filter((v) => !/frame-ancestors|X-Frame-Options/i.test(v))).toEqual([]);
    await page.close();
    site.close();
  });
});
