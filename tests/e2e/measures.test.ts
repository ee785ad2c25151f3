import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser";
import { shippedFigures } from "../helpers/shipped-figures";

// Issue 22, item 4: measures beyond share of GDP. NATO's equipment share against its 20% guideline (the path view
// and the scatter of share of GDP × equipment share), and SIPRI's constant 2024 US$, in English, Arabic and
// Japanese, on a phone and on a desktop. Screenshots go to .cache/screenshots/measures.
const base = inject("appUrl");
const LOCALES = ["en", "ar", "ja"] as const;
const prefix = (locale: string) => (locale === "en" ? "" : `/${locale}`);
const SHOTS = ".cache/screenshots/measures";
const equipment = shippedFigures("nato-equipment-2026.csv");
const core = shippedFigures("nato-core-2026.csv");
const browser = useBrowser();
const variant = (width: number) => (width < 600 ? "narrow" : "wide");
/** Digits as the page writes them, in Latin digits with a decimal point. */
const latin = (text: string) =>
  text
    .replace(/[\u200e\u200f\u061c]/g, "")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/٫/g, ".");

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${base}${path}`);
  return page;
}

describe("the equipment scatter: share of GDP × equipment share", () => {
  for (const locale of LOCALES)
    for (const width of [390, 1280])
      it(`${locale}, ${width} px: every ally a dot, the 2% and 20% lines, the counts and the table`, async () => {
        const page = await open(`${prefix(locale)}/?view=equipment&countries=POL~DEU~NLD~BEL&year=2024`, width);
        const svg = page.locator(`.chart-variant.${variant(width)} svg.scatter-chart`);
        await svg.waitFor();
        // NATO's 31 allies in its tables, each a dot; the selected four named beside their dots
        const dots = await svg.locator("g.dot").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-country")));
        expect(dots).toHaveLength(31);
        expect(await svg.locator("g.dot text").count()).toBe(4);
        expect(await svg.locator("g.guideline line").count()).toBe(2);
        // the table holds each ally's two figures as the files give them: Poland 2024, 3.75% of GDP and 42.9%
        const poland = latin(await page.locator('table.scatter-table tr[data-country="POL"]').innerText());
        expect(poland).toContain(`${Number(core.get("POL 2024")).toFixed(2)}%`);
        expect(poland).toContain(`${Number(equipment.get("POL 2024")).toFixed(2)}%`);
        // the description counts the allies meeting both lines, from the same figures
        const both = [...equipment.keys()]
          .filter((k) => k.endsWith(" 2024"))
          .filter((k) => Number(equipment.get(k)) >= 20 && Number(core.get(k)) >= 2).length;
        const lede = latin(await page.locator("#chart-description").innerText());
        expect(lede).toContain(String(both));
        expect(await page.locator("#chart-description").innerText()).toBe(await svg.getAttribute("aria-label"));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${SHOTS}/scatter-${locale}-${width}.png`, fullPage: true });
        await page.close();
      });

  it("changes year by its links, and says which allies lack a figure", async () => {
    const page = await open(`/?view=equipment`, 1280);
    await page.locator(".chart-variant.wide svg.scatter-chart").waitFor();
    // the newest year both measures have: 2026 (NATO's estimates), drawn hollow
    expect(await page.locator("h2").filter({ hasText: "2026" }).count()).toBe(1);
    expect(await page.locator(".chart-variant.wide g.dot circle[fill='#ffffff']").count()).toBe(31);
    await page.locator(".scatter-figure ~ .chips a", { hasText: "2019" }).click();
    await page.waitForURL(/year=2019/);
    await expect.poll(() => page.locator("h2").filter({ hasText: "2019" }).count()).toBe(1);
    const usa = latin(await page.locator('table.scatter-table tr[data-country="USA"]').innerText());
    expect(usa).toContain(`${Number(equipment.get("USA 2019")).toFixed(2)}%`);
    await page.close();
  });
});

describe("NATO's equipment share on the path chart", () => {
  for (const locale of LOCALES)
    it(`${locale}, 390 px: the 20% line alone, percent of defence spending, no 2% or 3.5%`, async () => {
      const page = await open(`${prefix(locale)}/?dataset=nato-equipment&countries=POL~DEU~BEL&from=2014`, 390);
      const svg = page.locator(".chart-variant.narrow svg").first();
      await svg.waitFor();
      // one reference line: NATO's 20% guideline (its label is the only one), and the ticks climb to Poland's 55.91%
      const guides = await svg.locator(`.path-guides line[stroke-dasharray="6 4"]`).count();
      expect(guides).toBe(1);
      const ticks = latin(
        (await svg.locator(".axis text").evaluateAll((ts) => ts.map((t) => t.textContent))).join(" "),
      );
      expect(ticks).toContain("50%");
      expect(ticks).not.toContain("3.5%");
      // the note says what the figures are a share of; the tracker measures the gap to 20%
      expect(await page.locator(".unit-note").count()).toBe(1);
      expect(latin(await page.locator("#tracker-title ~ .table-wrap thead").innerText())).toContain("20%");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${SHOTS}/equipment-path-${locale}-390.png`, fullPage: true });
      await page.close();
    });

  it("ranks the allies against 20%, counting those at or above it from the file", async () => {
    const page = await open(`/?dataset=nato-equipment&view=ranking&year=2024`, 1280);
    const at = [...equipment.entries()].filter(([k, v]) => k.endsWith(" 2024") && Number(v) >= 20).length;
    expect(await page.locator("h2", { hasText: "at or above" }).innerText()).toContain(
      `${at} of 31 allies at or above 20%`,
    );
    await page.close();
  });
});

describe("SIPRI's constant 2024 US$", () => {
  const usd = shippedFigures("sipri-usd-2026.csv");
  for (const locale of LOCALES)
    for (const width of [390, 1280])
      it(`${locale}, ${width} px: amounts in dollars, no pledge line, the table and the download in US$`, async () => {
        const page = await open(`${prefix(locale)}/?dataset=sipri-usd&countries=JPN~USA~DEU~POL&view=path`, width);
        const svg = page.locator(`.chart-variant.${variant(width)} svg`).first();
        await svg.waitFor();
        expect(await svg.locator(`.path-guides line[stroke-dasharray="6 4"]`).count()).toBe(0);
        expect(await page.locator(".unit-note").count()).toBe(1);
        // no target tracker: no goal is set in dollars
        expect(await page.locator("#tracker-title").count()).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${SHOTS}/usd-path-${locale}-${width}.png`, fullPage: true });
        await page.close();
      });

  it("writes Japan 2025 as $59.5B in the table, and the CSV says what the values are", async () => {
    const page = await open(`/?dataset=sipri-usd&countries=JPN~USA&view=table`, 1280);
    const japan = await page.locator("table").first().innerText();
    expect(Number(usd.get("JPN 2025"))).toBeCloseTo(59493.14, 1);
    expect(japan).toContain("$59.5B");
    const csv = await (
      await fetch(`${base}/download/view.csv?dataset=sipri-usd&countries=JPN&from=2024&to=2025`)
    ).text();
    expect(csv).toContain("Values are millions of US dollars at constant 2024 prices");
    expect(csv).toMatch(/JPN,Japan,2025,59493\.1\d*,actual/);
    await page.close();
  });

  it("the API names each dataset's unit", async () => {
    const { datasets } = (await (await fetch(`${base}/api/v1/datasets`)).json()) as {
      datasets: { slug: string; unit: string }[];
    };
    const units = Object.fromEntries(datasets.map((d) => [d.slug, d.unit]));
    expect(units).toMatchObject({
      sipri: "percent_of_gdp",
      "nato-core": "percent_of_gdp",
      "nato-equipment": "percent_of_defence_expenditure",
      "sipri-usd": "usd_constant_2024_millions",
    });
  });
});
