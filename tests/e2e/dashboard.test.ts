import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser, seriousAxeViolations } from "../helpers/browser";
import { editionId } from "../helpers/edition-id";

const base = inject("appUrl");
const browser = useBrowser();
let page: Page;
let sipri2025: number;

beforeAll(async () => {
  sipri2025 = await editionId("sipri", "April 2025");
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

const legend = () => page.locator(".chart-variant.wide .chart-key li:not(.note):visible").allInnerTexts();
const PATH_LINE = "svg.path-chart:visible g.series path";

describe("dashboard in Chromium", () => {
  it("opens the path view with Japan, reference lines and data-written description", async () => {
    const response = await page.goto(`${base}/?v=${sipri2025}`);
    expect(response?.status()).toBe(200);
    await page.locator(PATH_LINE).first().waitFor();
    expect(await legend()).toEqual(expect.arrayContaining(["Japan", "Poland", "Germany", "United States"]));
    const description = await page.locator("#chart-description").innerText();
    expect(description).toMatch(/^Japan's defense spending went from \d\.\d\d% of GDP in 2014 to \d\.\d\d% in 2024\./);
    expect(await page.getByText("2% (Wales 2014)").count()).toBeGreaterThan(0);
    expect(await page.locator("table.tracker tbody tr").count()).toBe(6);
  });

  it("changes countries and years through the URL, and a reload gives the same view", async () => {
    await page.goto(`${base}/?v=${sipri2025}`);
    await page.waitForLoadState("networkidle"); // controls answer once hydrated
    await page.getByRole("button", { name: "Indo-Pacific partners" }).click();
    await page.waitForURL(/countries=JPN~AUS~KOR~NZL|countries=JPN~/);
    await page.selectOption("#from", "2000");
    await page.waitForURL(/from=2000/);
    await page.locator(PATH_LINE).first().waitFor();
    const url = page.url();
    expect(new URL(url).searchParams.get("countries")?.split("~").sort()).toEqual(["AUS", "JPN", "KOR", "NZL"]);
    const before = { legend: await legend(), description: await page.locator("#chart-description").innerText() };
    await page.goto(url);
    await page.locator(PATH_LINE).first().waitFor();
    expect({ legend: await legend(), description: await page.locator("#chart-description").innerText() }).toEqual(
      before,
    );
    expect(before.description).toContain("in 2000");
  });

  it("shows each figure with its edition and source on hover, a shared source once", async () => {
    await page.goto(`${base}/?countries=JPN~POL~DEU&from=2014&to=2024&dataset=sipri&v=${sipri2025}`);
    await page.locator(PATH_LINE).first().waitFor();
    await page.waitForLoadState("networkidle");
    const box = (await page.locator(".chart-variant.wide .chart-pointer").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    const tooltip = page.locator(".tooltip");
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toMatch(/^20\d\d · SIPRI.*April 2025/);
    for (const country of ["Japan", "Poland", "Germany"]) expect(text).toMatch(new RegExp(`${country}: \\d\\.\\d\\d%`));
    expect(text.match(/Source: SIPRI Military Expenditure Database/g)).toHaveLength(1);
  });

  it("ranks every ally for a year against the 2% and 3.5% lines", async () => {
    await page.goto(`${base}/?dataset=nato&view=ranking&year=2024&from=2014&to=2025`);
    const heading = await page.locator("h2").first().innerText();
    expect(heading).toMatch(
      /^NATO defence expenditure, 2024 · (\d+) of 31 allies at or above 2% · (\d+) of 31 allies at or above 3\.5% · 4 partners shown, not counted$/,
    );
    // Japan is not in NATO's figures: it is ranked with SIPRI's figure, from SIPRI's current edition
    expect(await page.locator("svg.ranking-chart:visible").textContent()).toContain("Japan (SIPRI)");
    expect(await page.locator("p.note", { hasText: "Countries marked (SIPRI)" }).innerText()).toContain(
      "(edition: April 2026)",
    );
    expect(await page.locator("svg.ranking-chart:visible .bar").count()).toBe(35);
  });

  it("names the chosen countries that have no figure for the ranked year", async () => {
    // NATO's August 2025 tables leave Germany 2025 empty (data/SOURCES.md); Poland has a figure
    await page.goto(`${base}/?dataset=nato&view=ranking&year=2025&from=2014&to=2025&countries=JPN~DEU~POL`);
    const note = page.locator("p.gap-note", { hasText: "No 2025 figure in NATO defence expenditure for" });
    await note.waitFor();
    expect(await note.innerText()).toMatch(
      /^No 2025 figure in NATO defence expenditure for Germany\. NATO published no 2025 estimate for Germany/,
    );
    expect(await page.locator("svg.ranking-chart:visible").textContent()).not.toContain("Germany");
  });

  it("shows a sortable table as the accessible alternative", async () => {
    await page.goto(`${base}/?view=table&countries=JPN~POL~DEU`);
    await page.waitForLoadState("networkidle");
    const firstColumn = () => page.locator("table").first().locator("tbody th").allInnerTexts();
    expect(await firstColumn()).toEqual(["Poland", "Germany", "Japan"]);
    await page.getByRole("button", { name: "Country" }).click();
    expect(await firstColumn()).toEqual(["Germany", "Japan", "Poland"]);
  });

  it("compares Japan's definitions on one chart", async () => {
    await page.goto(`${base}/?view=definitions&from=1985&to=2027`);
    await page.locator("svg.definitions-chart:visible g.series").first().waitFor();
    // SIPRI's current edition has every year (April 2026 updates April 2025): one SIPRI line, no earlier edition's
    expect(await legend()).toEqual(
      expect.arrayContaining(["SIPRI military expenditure", "Japan Ministry of Defense budget"]),
    );
    expect((await legend()).filter((l) => l.startsWith("SIPRI"))).toEqual(["SIPRI military expenditure"]);
  });

  it("falls back to defaults for invalid parameters instead of an error page", async () => {
    const response = await page.goto(`${base}/?countries=<script>&from=abc&view=pie&dataset=../x`);
    expect(response?.status()).toBe(200);
    await page.locator(PATH_LINE).first().waitFor();
    expect(await legend()).toContain("Japan");
  });

  it("draws SIPRI's current edition for 2014-2025 without pinning an edition, and no earlier-edition banner", async () => {
    await page.goto(`${base}/?countries=JPN~POL~DEU&from=2014&to=2025`);
    await page.locator(PATH_LINE).first().waitFor();
    expect(await page.locator("#chart-description").innerText()).toMatch(
      /^Japan's defense spending went from 0\.94% of GDP in 2014 to 1\.41% in 2025\./,
    );
    expect(await page.locator(".banner.earlier-edition").count()).toBe(0);
  });

  it("lists SIPRI's April 2026 edition on the history page as a whole edition of 2,133 figures", async () => {
    expect((await page.goto(`${base}/history/sipri`))?.status()).toBe(200);
    const row = page.locator("tr", { hasText: "April 2026" });
    expect(await row.locator(".carried").count()).toBe(0);
    expect(await row.locator("td.num").nth(1).innerText()).toMatch(/^2133/);
  });

  it("lists every dataset's source, edition and citation", async () => {
    expect((await page.goto(`${base}/sources`))?.status()).toBe(200);
    // the page streams: React reveals its content in a batch that may come after the load event
    await page.locator(".citation").first().waitFor();
    for (const name of ["NATO defence expenditure", "SIPRI military expenditure"])
      expect(await page.getByRole("heading", { name, exact: true }).count()).toBe(1);
    expect(await page.locator(".citation").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator("#sipri .carried").count()).toBe(0);
  });

  it.each(["path", "ranking", "table", "definitions", "equipment"])(
    "has no serious or critical axe violations in the %s view",
    async (view) => {
      await page.goto(`${base}/?view=${view}`);
      await page.waitForLoadState("networkidle");
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
  );

  it.each(["/?view=path", "/?view=ranking", "/?view=table", "/?view=definitions", "/?view=equipment", "/sources"])(
    "fits a phone screen without horizontal scrolling at %s",
    async (path) => {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(`${base}${path}`);
      await phone.waitForLoadState("networkidle");
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.close();
    },
  );
});
