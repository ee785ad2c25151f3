import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../helpers/browser";
import { editionId } from "../helpers/edition-id";

// Issue 12: the path chart is in the first HTML (readable without JavaScript), and toggles redraw in the browser
// from the edition's figures, writing the URL, with Back and Forward restoring each view.
const base = inject("appUrl");
let browser: Browser;
let sipri2025: number;

beforeAll(async () => {
  sipri2025 = await editionId("sipri", "April 2025");
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const WIDE = ".chart-variant.wide svg.path-chart";
const drawn = (page: Page) => page.locator(`${WIDE} g.series`).evaluateAll((gs) => gs.map((g) => g.getAttribute("data-country")));
const description = (page: Page) => page.locator("#chart-description").innerText();
/** Requests for a page or its server-rendered payload (not Next.js's prefetches of header links): what a toggle must not need. */
function serverRenders(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (r) => {
    const headers = r.headers();
    if ((r.resourceType() === "document" || headers.rsc === "1") && headers["next-router-prefetch"] === undefined) seen.push(r);
  });
  return seen;
}

describe("the chart in the first HTML", () => {
  for (const width of [1280, 390]) {
    it(`${width} px, JavaScript off: the chart, its key, the description and the tracker are there`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/?countries=JPN~POL~DEU&v=${sipri2025}`);
      const svg = page.locator("svg.path-chart:visible");
      expect(await svg.count()).toBe(1); // one drawing per screen size, the other hidden
      expect(await svg.getAttribute("viewBox")).toBe(width === 390 ? "0 0 380 400" : "0 0 760 400");
      expect(await svg.locator("g.series").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-country")))).toEqual(["JPN", "POL", "DEU"]);
      expect(await svg.locator('g.series[data-country="JPN"] path').first().getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){10}$/); // 2014-2024
      expect(await svg.locator("g.series circle").count()).toBe(33);
      expect(await svg.getAttribute("aria-label")).toBe(await description(page));
      expect(await page.locator(".chart-key:visible li:not(.note)").allInnerTexts()).toEqual(["Japan", "Poland", "Germany"]);
      expect(await page.locator("table.tracker tbody tr").count()).toBe(3);
      await context.close();
    });
  }
});

describe("toggles in the browser", () => {
  it("redraws countries, years and the table from figures it holds, writes the URL, and Back/Forward restore each view", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const figures = page.waitForResponse((r) => r.url().includes(`/editions/${sipri2025}/figures`));
    await page.goto(`${base}/?countries=JPN~POL&v=${sipri2025}`);
    expect((await figures).status()).toBe(200); // fetched once the page is idle
    const first = await description(page);
    const renders = serverRenders(page);

    await page.getByLabel("France").check();
    await page.waitForURL(/countries=JPN~POL~FRA/);
    expect(await drawn(page)).toEqual(["JPN", "POL", "FRA"]);
    expect(await page.locator("table.tracker tbody tr").count()).toBe(3);
    await page.selectOption("#from", "2000");
    await page.waitForURL(/from=2000/);
    expect(await description(page)).toMatch(/^Japan's defense spending went from \d\.\d\d% of GDP in 2000 to 1\.37% in 2024\./);
    await page.getByRole("link", { name: "Table" }).click();
    await page.waitForURL(/view=table/);
    expect(await page.locator("table").first().locator("tbody th").allInnerTexts()).toEqual(expect.arrayContaining(["France", "Japan", "Poland"]));
    expect(renders.map((r) => r.url())).toEqual([]); // none of it asked the server for a page

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("view=table"));
    expect(await drawn(page)).toEqual(["JPN", "POL", "FRA"]);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("from=2000"));
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("FRA"));
    expect(await drawn(page)).toEqual(["JPN", "POL"]);
    expect(await description(page)).toBe(first);
    await page.goForward();
    await page.waitForURL(/countries=JPN~POL~FRA/);
    expect(await drawn(page)).toEqual(["JPN", "POL", "FRA"]);
    await page.close();
  });

  it("draws the same chart and words in the browser as the server does for that URL", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const figures = page.waitForResponse((r) => r.url().includes("/figures"));
    await page.goto(`${base}/?countries=JPN~DEU&from=2010&v=${sipri2025}`);
    await figures;
    await page.getByLabel("United Kingdom").check();
    await page.selectOption("#to", "2020");
    await page.waitForURL(/to=2020/);
    const client = { chart: await page.locator(WIDE).evaluate((e) => e.outerHTML), text: await description(page), tracker: await page.locator("table.tracker").innerText() };
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await fresh.goto(page.url());
    expect({ chart: await fresh.locator(WIDE).evaluate((e) => e.outerHTML), text: await description(fresh), tracker: await fresh.locator("table.tracker").innerText() }).toEqual(client);
    await Promise.all([page.close(), fresh.close()]);
  });

  it("asks the server for what the browser does not hold: another dataset, the ranking", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/?countries=JPN~POL`);
    await page.waitForLoadState("networkidle");
    const renders = serverRenders(page);
    await page.selectOption("#dataset", "nato");
    await page.waitForURL(/dataset=nato/);
    await page.locator(".note", { hasText: "NATO defence expenditure · definition" }).waitFor();
    expect(renders.length).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Ranking" }).click();
    await page.waitForURL(/view=ranking/);
    await page.locator("svg.ranking-chart:visible .bar").first().waitFor();
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("view=ranking"));
    await page.locator(`${WIDE} g.series[data-country="POL"] path`).first().waitFor();
    expect(await drawn(page)).toEqual(["JPN", "POL"]);
    await page.close();
  });
});
