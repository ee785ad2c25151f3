import { readFileSync } from "node:fs";
import type { Locator, Page, Request } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser";
import { editionId } from "../helpers/edition-id";
import { slowNetwork } from "../helpers/slow-network";

// Issue 12: the path chart is in the first HTML (readable without JavaScript), and toggles redraw in the browser
// from the edition's figures, writing the URL, with Back and Forward restoring each view.
const base = inject("appUrl");
const browser = useBrowser();
let sipri2025: number;

beforeAll(async () => {
  sipri2025 = await editionId("sipri", "April 2025");
});

const WIDE = ".chart-variant.wide svg.path-chart";
const drawn = (page: Page) =>
  page.locator(`${WIDE} g.series`).evaluateAll((gs) => gs.map((g) => g.getAttribute("data-country")));
const description = (page: Page) => page.locator("#chart-description").innerText();
/** the dots a drawing's series show: one subpath per year in their paths (lib/dashboard/geometry/dots-path.ts) */
const dotCount = (svg: Locator) =>
  svg
    .locator("g.series path.dots")
    .evaluateAll((ps) => ps.reduce((n, p) => n + (p.getAttribute("d")?.match(/M/g)?.length ?? 0), 0));
/** A drawing's markup with its attributes in one order and its style as the browser reads it: the same SVG drawn by
 * the server or redrawn by React (which writes attributes in another order) reads the same. */
const markup = (svg: Locator) =>
  svg.evaluate((root) => {
    const write = (n: Node): string => {
      if (!(n instanceof Element)) return n.textContent ?? "";
      const attributes = [...n.attributes]
        .map((a) => `${a.name}="${a.name === "style" ? (n as SVGElement).style.cssText : a.value}"`)
        .sort();
      return `<${n.tagName} ${attributes.join(" ")}>${[...n.childNodes].map(write).join("")}</${n.tagName}>`;
    };
    return write(root);
  });
/** Requests for a page or its server-rendered payload (not Next.js's prefetches of header links): what a toggle must not need. */
function serverRenders(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (r) => {
    const headers = r.headers();
    if ((r.resourceType() === "document" || headers.rsc === "1") && headers["next-router-prefetch"] === undefined)
      seen.push(r);
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
      expect(await svg.locator("g.series").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-country")))).toEqual([
        "JPN",
        "POL",
        "DEU",
      ]);
      expect(await svg.locator('g.series[data-country="JPN"] path').first().getAttribute("d")).toMatch(
        /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){10}$/,
      ); // 2014-2024
      expect(await dotCount(svg)).toBe(33);
      expect(await svg.getAttribute("aria-label")).toBe(await description(page));
      expect(await page.locator(".chart-key:visible li:not(.note)").allInnerTexts()).toEqual([
        "Japan",
        "Poland",
        "Germany",
      ]);
      expect(await page.locator("table.tracker tbody tr").count()).toBe(3);
      await context.close();
    });
  }
});

describe("from the first HTML to interactive", () => {
  it("serves the scripts every page runs at start-up with V8's compile hint (scripts/compile-hints.ts)", async () => {
    const { rootMainFiles } = JSON.parse(readFileSync(".next/build-manifest.json", "utf8")) as {
      rootMainFiles: string[];
    };
    const html = await (await fetch(`${base}/`)).text();
    expect(rootMainFiles.length).toBeGreaterThan(0);
    for (const file of rootMainFiles) {
      expect(html).toContain(`/_next/${file}`);
      expect(
        (await (await fetch(`${base}/_next/${file}`)).text()).startsWith("//# allFunctionsCalledOnLoad\n"),
        file,
      ).toBe(true);
    }
  });

  it("nothing moves: no layout shift while the page arrives (at once, or in pieces over a slow network), hydrates and fetches the edition's figures (en, ar, ja; phone and desktop)", async () => {
    const slow = await slowNetwork(base); // a browser paints what it has parsed whenever the network pauses
    const arrivals = [
      ["at once", base],
      ["in pieces", slow.url],
    ] as const;
    for (const [arrival, origin] of arrivals) {
      for (const locale of ["", "/ar", "/ja"]) {
        for (const width of [1280, 390]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.addInitScript(() => {
            const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
                shifts.push(entry.value);
            }).observe({ type: "layout-shift", buffered: true });
          });
          const figures = page.waitForResponse((r) => r.url().includes("/figures"));
          await page.goto(`${origin}${locale || "/"}`);
          await figures; // requested once hydration is over and the page is idle
          await page.waitForLoadState("networkidle");
          expect(
            await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts),
            `${locale || "/"} at ${width} px, arriving ${arrival}`,
          ).toEqual([]);
          await page.close();
        }
      }
    }
    await slow.close();
  });
});

describe("hydration without the drawings' code", () => {
  it("keeps the server's SVG and answers the pointer with the chart's code blocked; a view sent later is drawn in the browser", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // the code that draws the charts (Recharts' shapes) is not needed to make the page interactive
    const blocked: string[] = [];
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes("recharts-curve")) return route.fulfill({ response, body });
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${base}/?countries=JPN~POL~DEU&v=${sipri2025}`);
    await page.waitForLoadState("networkidle");
    const box = (await page.locator(".chart-variant.wide .chart-pointer").boundingBox())!;
    // the x axis runs 2014-2027 (to Japan's goal year), from 44 to 16 units (of 760) short of the edges: 2019 is 5/13 along
    await page.mouse.move(box.x + (box.width / 760) * (44 + 700 * (5 / 13)), box.y + 150);
    await expect.poll(() => blocked.length).toBeGreaterThan(0); // asked for once the page was idle: the block is real
    await page.locator(".tooltip").waitFor();
    expect(await page.locator(".tooltip").innerText()).toMatch(/^2019 · SIPRI/);
    expect(await drawn(page)).toEqual(["JPN", "POL", "DEU"]);
    expect(await dotCount(page.locator(WIDE))).toBe(33);
    // a chunk still being fetched by the route when the page closes is no failure of the page
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.close();
  });

  it("loads the drawings' code once the page has loaded and is idle, with no reader action (en, ar, ja; phone and desktop)", async () => {
    for (const [locale, viewport] of [
      ["", { width: 1280, height: 900 }],
      ["/ar", { width: 390, height: 844 }],
      ["/ja", { width: 390, height: 844 }],
    ] as const) {
      const page = await browser.newPage({ viewport, hasTouch: viewport.width < 600 });
      const drawingCode: string[] = [];
      let loadedAt: number | null = null;
      page.on("load", () => (loadedAt ??= drawingCode.length));
      page.on("response", (r) => {
        if (r.url().includes("/_next/static/chunks/") && r.url().endsWith(".js"))
          void r.text().then(
            (text) => void (text.includes("recharts-curve") && drawingCode.push(r.url())),
            () => {},
          );
      });
      const figures = page.waitForResponse((r) => r.url().includes(`/editions/${sipri2025}/figures`));
      await page.goto(`${base}${locale}/?countries=JPN~POL&v=${sipri2025}`);
      await figures;
      // not with the page: none of it had arrived when the page's load event came
      expect(loadedAt, locale).toBe(0);
      // then, idle, without a pointer, touch or key: at hand for the first toggle
      await expect.poll(() => drawingCode.length, { message: locale }).toBeGreaterThan(0);
      expect(page.url()).toContain("countries=JPN~POL"); // nothing was changed
      await page.close();
    }
  });

  it("formats no number to hydrate (what the server wrote is kept), and formats once the reader changes the view", async () => {
    for (const locale of ["", "/ar", "/ja"]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // building a number format (or asking which locales it supports) makes the browser load its locale data: tens
      // of milliseconds of a phone's main thread, which hydration leaves to the first change
      await page.addInitScript(() => {
        const calls: string[] = ((window as unknown as { intlCalls: string[] }).intlCalls = []);
        const NumberFormat = Intl.NumberFormat;
        const counted = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
          calls.push("NumberFormat");
          return new NumberFormat(...args);
        } as unknown as typeof Intl.NumberFormat;
        counted.supportedLocalesOf = (...args) => (
          calls.push("supportedLocalesOf"),
          NumberFormat.supportedLocalesOf(...args)
        );
        Intl.NumberFormat = counted;
        // the figures are asked for once the page is idle, hydration over: the count then is hydration's (what the
        // browser renders ahead of time after that, the outlook, formats its numbers at idle)
        const fetch = window.fetch.bind(window);
        window.fetch = (...args) => {
          const w = window as unknown as { callsAtIdle?: number };
          if (String(args[0] instanceof Request ? args[0].url : args[0]).includes("/figures"))
            w.callsAtIdle ??= calls.length;
          return fetch(...args);
        };
      });
      const figures = page.waitForResponse((r) => r.url().includes(`/editions/${sipri2025}/figures`));
      await page.goto(`${base}${locale}/?countries=JPN~POL&v=${sipri2025}`);
      await figures;
      expect(await page.evaluate(() => (window as unknown as { callsAtIdle?: number }).callsAtIdle), locale).toBe(0);
      const calls = () => page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls.length);
      if (locale === "") {
        await page.getByLabel("France").check();
        await page.waitForURL(/countries=JPN~POL~FRA/);
        expect(await calls()).toBeGreaterThan(0);
        // the texts hydration kept are the browser's own now
        expect(await page.locator(".controls-disclosure > summary").innerText()).toBe(
          "Dataset, years and countries (3)",
        );
        expect(await page.locator(".controls legend").first().innerText()).toBe("Countries (3)");
        expect(await page.locator("table.tracker tbody th").allInnerTexts()).toEqual(["Japan", "Poland", "France"]);
      }
      await page.close();
    }
  });

  for (const [name, start, act, target] of [
    ["another dataset", "/?countries=JPN~POL", (p: Page) => p.selectOption("#dataset", "nato"), /dataset=nato/],
    [
      "a ranking year",
      "/?view=ranking&year=2024",
      (p: Page) => p.getByRole("link", { name: "2021", exact: true }).click(),
      /year=2021/,
    ],
  ] as const) {
    it(`${name}, sent by the server after hydration, is drawn as a fresh load of its URL draws it`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}${start}`);
      await page.waitForLoadState("networkidle");
      const svg = page.locator(".chart-variant.wide svg:visible");
      const before = await markup(svg);
      await act(page);
      await page.waitForURL(target);
      await expect.poll(() => markup(svg)).not.toBe(before);
      const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await fresh.goto(page.url());
      expect(await markup(svg)).toBe(await markup(fresh.locator(".chart-variant.wide svg:visible")));
      await Promise.all([page.close(), fresh.close()]);
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
    expect(await description(page)).toMatch(
      /^Japan's defense spending went from \d\.\d\d% of GDP in 2000 to 1\.37% in 2024\./,
    );
    await page.getByRole("link", { name: "Table" }).click();
    await page.waitForURL(/view=table/);
    expect(await page.locator("table").first().locator("tbody th").allInnerTexts()).toEqual(
      expect.arrayContaining(["France", "Japan", "Poland"]),
    );
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
    const client = {
      chart: await markup(page.locator(WIDE)),
      text: await description(page),
      tracker: await page.locator("table.tracker").innerText(),
    };
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await fresh.goto(page.url());
    expect({
      chart: await markup(fresh.locator(WIDE)),
      text: await description(fresh),
      tracker: await fresh.locator("table.tracker").innerText(),
    }).toEqual(client);
    await Promise.all([page.close(), fresh.close()]);
  });

  it("opens the outlook from the path view, and changes its countries and scenario, as the server draws them", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // the outlook's bases: NATO's core-defence edition and the SIPRI edition the path view holds
    const core = page.waitForResponse((r) => /\/datasets\/nato-core\/editions\/\d+\/figures/.test(r.url()));
    await page.goto(`${base}/?countries=JPN~POL`);
    expect((await core).status()).toBe(200);
    await page.waitForLoadState("networkidle");
    const renders = serverRenders(page);
    const outlook = async (p: Page) => ({
      chart: await markup(p.locator(".chart-variant.wide svg.outlook-chart")),
      text: await p.locator(".outlook").innerText(),
      description: await description(p),
      title: await p.title(),
    });
    const asServed = async (url: string) => {
      const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await fresh.goto(url);
      const shown = await outlook(fresh);
      await fresh.close();
      return shown;
    };

    await page.getByRole("link", { name: "Outlook to 2035" }).click();
    await page.waitForURL(/view=outlook/);
    await page.locator(".chart-variant.wide svg.outlook-chart").waitFor();
    expect(await outlook(page)).toEqual(await asServed(page.url()));

    await page.getByLabel("United Kingdom").check();
    await page.waitForURL(/countries=JPN~POL~GBR/);
    await expect.poll(() => page.locator('.outlook-standings th:text-is("United Kingdom")').count()).toBe(1);
    expect(await outlook(page)).toEqual(await asServed(page.url()));

    // the scenario for another country: its own latest figure, not Japan's
    await page.locator('.scenario-form select[name="sc"]').selectOption("POL");
    await page.waitForURL(/sc=POL/);
    await expect.poll(() => page.locator(".scenario .note").first().innerText()).toContain("Poland");
    expect(await outlook(page)).toEqual(await asServed(page.url()));
    expect(renders.map((r) => r.url())).toEqual([]); // none of it asked the server for a page

    // the phone's drawing, hidden until now, is drawn once the screen shows it
    const narrow = ".chart-variant.narrow svg.outlook-chart";
    await page.setViewportSize({ width: 390, height: 900 });
    await page.locator(narrow).waitFor();
    const phone = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await phone.goto(page.url());
    expect(await markup(page.locator(narrow))).toBe(await markup(phone.locator(narrow)));
    await phone.close();
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("view=outlook"));
    await page.locator(`${WIDE} g.series[data-country="POL"]`).waitFor();
    expect(await drawn(page)).toEqual(["JPN", "POL"]);
    expect(renders.map((r) => r.url())).toEqual([]);
    await page.close();
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
