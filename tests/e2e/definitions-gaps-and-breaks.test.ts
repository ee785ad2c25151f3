import Papa from "papaparse";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { shippedFigures } from "../helpers/shipped-figures";
import { useBrowser } from "../helpers/browser";
import { editionId } from "../helpers/edition-id";

// What a figure means: allies-only counts, Japan's shares computed from yen amounts, series breaks, Germany 2025, "By
// definition" for any country, how current the data is, and country names in titles.
const base = inject("appUrl");
const browser = useBrowser();
let page: Page;
let june2024: number;

beforeAll(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  june2024 = await editionId("nato", "June 2024");
});

const heading = () => page.locator("h2").first().innerText();

/** A page in a fresh browser context: the language cookie a visit to /ja or /ar sets must not follow English pages. */
async function visit(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const other = await context.newPage();
  await other.goto(`${base}${path}`);
  return other;
}

describe("ranking counts allies only", () => {
  it("says 23 of 31 allies at or above 2% for 2024 in NATO's June 2024 edition, South Korea shown but not counted", async () => {
    await page.goto(`${base}/?dataset=nato&view=ranking&year=2024&v=${june2024}`);
    expect(await heading()).toMatch(
      /^NATO defence expenditure, 2024 · 23 of 31 allies at or above 2% · \d+ of 31 allies at or above 3\.5% · 4 partners shown, not counted$/,
    );
    expect(await page.locator("#chart-description").innerText()).toContain(
      "35 countries by defense spending as a share of GDP in 2024: 23 of 31 allies at or above 2%.",
    );
    expect(await page.locator("svg.ranking-chart:visible .bar").count()).toBe(35);
    expect(await page.locator("svg.ranking-chart:visible").textContent()).toMatch(/South Korea\s*\(SIPRI\)/);
  });

  it.each([
    ["ar", "23 من 31 دولة حليفة"],
    ["ja", "同盟国31か国中23か国が2%以上"],
  ])("says the same in %s", async (locale, text) => {
    const other = await visit(`/${locale}/?dataset=nato&view=ranking&year=2024&v=${june2024}`);
    expect(await other.locator("h2").first().innerText()).toContain(text);
    expect(await other.locator("#chart-description").innerText()).toContain(text);
    await other.context().close();
  });

  it("counts every ally of NATO's complete core-defence edition", async () => {
    const figures = shippedFigures("nato-core-2026.csv");
    const above = [...figures].filter(([key, value]) => key.endsWith(" 2026") && Number(value) >= 2).length;
    // no year in the link: the ranking is of the newest year, NATO's 2026 estimates
    await page.goto(`${base}/?dataset=nato-core&view=ranking`);
    expect(await heading()).toMatch(
      new RegExp(
        `^NATO core defence expenditure[^,]*, 2026 · ${above} of 31 allies at or above 2% · 5 of 31 allies at or above 3\\.5%`,
      ),
    );
  });
});

describe("Germany 2025 in NATO's August 2025 edition", () => {
  it("says why there is no figure in the ranking note and in the table", async () => {
    await page.goto(`${base}/?dataset=nato&view=ranking&year=2025&countries=JPN~DEU~POL`);
    expect(await page.locator(".gap-note").innerText()).toMatch(
      /^No 2025 figure in NATO defence expenditure for Germany\. NATO published no 2025 estimate for Germany: the German federal budget had not been approved/,
    );
    await page.goto(`${base}/?dataset=nato&view=table&countries=DEU~POL&from=2023&to=2025`);
    const cell = page.locator("td.gap");
    expect(await cell.innerText()).toBe("none‡");
    expect(await cell.getAttribute("title")).toContain("budget had not been approved");
    expect(await page.locator(".gap-note").innerText()).toMatch(/^‡ Germany 2025: NATO published no 2025 estimate/);
  });
});

describe("Japan's shares computed from yen amounts", () => {
  it("shows both GDP bases in the definitions view, each share marked computed with its formula", async () => {
    await page.goto(`${base}/?view=definitions&countries=JPN&from=2021&to=2027`);
    const table = page.locator(".computed-shares table");
    const fy2026 = table.locator("tr", { hasText: "¥9,035.3bn" });
    expect(await fy2026.innerText()).toContain("¥9,035.3bn ÷ FY2026 GDP forecast ¥691.9T = 1.31%");
    expect(await fy2026.locator(".badge.computed").innerText()).toBe("computed");
    // FY2025 initial security-related: about 1.8% of FY2022 GDP, about 1.6% of FY2025's own
    const fy2025 = table.locator("tr", { hasText: "¥9,930bn" });
    const [official, sameYear] = await fy2025.locator("td.formula").allInnerTexts();
    expect(official).toMatch(/^¥9,930bn ÷ FY2022 GDP estimate ¥560\.2T = 1\.77% \[\d+(, \d+)*\]$/);
    expect(sameYear).toMatch(/^¥9,930bn ÷ FY2025 GDP forecast ¥629\.3T = 1\.58% \[\d+(, \d+)*\]$/);
    // each source is listed once under the table, and a row's numbers name its own: the FY2025 GDP forecast's
    const listed = await page.locator(".computed-sources li").allInnerTexts();
    expect(new Set(listed).size).toBe(listed.length);
    const cited = (formula: string) =>
      formula
        .match(/\[(.*)\]$/)![1]!
        .split(", ")
        .map((n) => listed[Number(n) - 1]!);
    expect(cited(sameYear!).some((source) => source.includes("629.3"))).toBe(true);
    expect(cited(official!).every((source) => /https?:\/\//.test(source))).toBe(true);
  });

  it("marks computed shares in the chart's tooltip, with the formula", async () => {
    await page.goto(`${base}/?view=definitions&countries=JPN&from=2021&to=2027`);
    await page.waitForLoadState("networkidle");
    const box = (await page.locator(".chart-variant.wide .chart-pointer").boundingBox())!;
    // FY2026 sits at 5/6 of the x axis (2021-2027), which starts 44 and ends 16 units (of 760) from the edges
    await page.mouse.move(box.x + (box.width / 760) * (44 + 700 * (5 / 6)), box.y + box.height / 2);
    const tooltip = page.locator(".tooltip");
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toMatch(/^2026/);
    expect(text).toContain("computed");
    expect(text).toContain("¥9,035.3bn ÷ FY2026 GDP forecast ¥691.9T = 1.31%");
  });

  it("translates the labels and formulas (Japanese)", async () => {
    const ja = await visit("/ja/?view=definitions&countries=JPN&from=2021&to=2027");
    const row = ja.locator(".computed-shares tr", { hasText: "9兆353億円" }).first();
    expect(await row.locator("td.formula").innerText()).toMatch(
      /^9兆353億円 ÷ 2026年度GDP\(見通し\)691兆9,000億円 = 1\.31% \[\d+(, \d+)*\]$/,
    );
    expect(await ja.locator(".computed-shares h3").innerText()).toBe("金額とGDPの出典(番号は最終列)");
    expect(await row.locator(".badge.computed").innerText()).toBe("算出値");
    await ja.context().close();
  });

  it("marks computed shares in the CSV download, in the reader's language", async () => {
    const csv = await (
      await fetch(`${base}/download/view.csv?view=definitions&countries=JPN&from=2021&to=2027&lang=ja`)
    ).text();
    const rows = Papa.parse<Record<string, string>>(csv.split("\r\n").slice(4).join("\n"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const computed = rows.filter((r) => r.computed === "算出値");
    expect(computed.length).toBeGreaterThan(10);
    expect(computed.find((r) => r.formula?.startsWith("9兆353億円"))).toMatchObject({
      country: "JPN",
      year: "2026",
      value: "1.3059",
      formula: "9兆353億円 ÷ 2026年度GDP(見通し)691兆9,000億円 = 1.31%",
    });
    expect(rows.filter((r) => r.computed === "").every((r) => r.formula === "")).toBe(true);
  });
});

describe("series breaks", () => {
  it("marks Japan's supplementary and the MoD's GNP-to-GDP breaks on the chart and explains them", async () => {
    await page.goto(`${base}/?view=definitions&countries=JPN&from=1985&to=2027`);
    expect(await page.locator(".chart-variant.wide .series-break").count()).toBe(2);
    const notes = await page.locator("ul.breaks li").allInnerTexts();
    expect(notes).toEqual([
      expect.stringMatching(
        /^① Supplementary budgets counted from FY2025: .*FY2023 and FY2024 are initial budgets only/,
      ),
      expect.stringMatching(
        /^② GNP → GDP: The MoD budget series is a share of GNP up to FY1997 and a share of GDP from FY2008/,
      ),
    ]);
  });

  it("marks the break on the path chart, in its tooltip and in the table", async () => {
    await page.goto(`${base}/?dataset=japan-security-related&countries=JPN&from=2022&to=2027`);
    await page.locator(".chart-key:visible li").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.locator(".chart-variant.wide .series-break").count()).toBe(1);
    const box = (await page.locator(".chart-variant.wide .chart-pointer").boundingBox())!;
    // FY2025 sits at 3/5 of the x axis (2022-2027), which starts 44 and ends 16 units (of 760) from the edges
    await page.mouse.move(box.x + (box.width / 760) * (44 + 700 * (3 / 5)), box.y + box.height / 2);
    const tooltip = page.locator(".tooltip");
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toContain("Series break — Supplementary budgets counted from FY2025");
    await page.goto(`${base}/?view=table&dataset=japan-security-related&countries=JPN&from=2022&to=2027`);
    expect(await page.locator("table").nth(1).innerText()).toContain("2.00*†");
    expect(await page.locator(".break-note").innerText()).toMatch(
      /^† ① Series break — Supplementary budgets counted from FY2025/,
    );
  });

  it("marks NATO's move to core defence where both are drawn", async () => {
    await page.goto(`${base}/?view=definitions&countries=POL&from=2014&to=2026`);
    expect(await page.locator(".chart-variant.wide .series-break").count()).toBe(1);
    expect(await page.locator("ul.breaks li").innerText()).toMatch(/^① NATO core defence from the 2026 edition: /);
  });
});

describe("By definition for the first selected country", () => {
  it("draws Poland's NATO and SIPRI series with the gap shaded, under a heading about Poland", async () => {
    await page.goto(`${base}/?view=definitions&countries=POL`);
    expect(await page.locator(".tabs [aria-current=page]").innerText()).toBe("By definition");
    expect(await page.locator("#definitions-title").innerText()).toBe("Poland by definition");
    expect(await page.locator("#chart-description").innerText()).toMatch(
      /^Poland's defense spending as a share of GDP under each definition with figures: NATO defence expenditure, .*SIPRI military expenditure/,
    );
    const legend = await page.locator(".chart-variant.wide .chart-key li").allInnerTexts();
    expect(legend).toEqual(expect.arrayContaining(["NATO defence expenditure", "SIPRI military expenditure"]));
    expect(legend.some((l) => /Japan|Security-related/.test(l))).toBe(false);
    expect(await page.locator(".chart-variant.wide .definitions-gap").count()).toBe(1); // the shaded gap
    expect(await page.locator("#why-differ-title").innerText()).toBe("Why NATO's and SIPRI's figures differ");
    expect(await page.locator("#why-differ-title + ul li").count()).toBe(5);
    expect(await page.locator(".computed-shares").count()).toBe(0);
  });

  it("keeps Japan's national series for Japan", async () => {
    await page.goto(`${base}/?view=definitions&from=1985&to=2027`);
    expect(await page.locator("#definitions-title").innerText()).toBe("Japan by definition");
    expect(await page.locator(".chart-variant.wide .chart-key li").allInnerTexts()).toEqual(
      expect.arrayContaining([
        "Japan Ministry of Defense budget",
        "Japan security-related expenditure",
        "Security-related total, share of FY2022 GDP (computed)",
      ]),
    );
  });

  it("is about Poland in Japanese and Arabic too", async () => {
    const ja = await visit("/ja/?view=definitions&countries=POL");
    expect(await ja.locator("#definitions-title").innerText()).toBe("定義別のポーランド");
    expect(await ja.locator("#why-differ-title").innerText()).toBe("NATOとSIPRIの数値が異なる理由");
    await ja.context().close();
    const ar = await visit("/ar/?view=definitions&countries=POL");
    expect(await ar.locator("#definitions-title").innerText()).toBe("بولندا حسب التعريف");
    await ar.context().close();
  });
});

describe("how current the data is, and names in titles", () => {
  it("shows each publisher's newest edition, its date and how complete it is, beside the dataset picker", async () => {
    await page.goto(base);
    const items = await page.locator(".controls .currency li").allInnerTexts();
    // (datasets other browser tests upload follow, as "Other publishers")
    expect(items.slice(0, 3)).toEqual([
      "NATO: July 2026 (Jul 7, 2026) · 31 of 31 allies for 2026",
      "SIPRI: April 2026 (Apr 27, 2026) · 2025 for 36 countries",
      expect.stringMatching(/^Government of Japan: November 2025 \(FY2025 supplementary budget\) \(Nov 2\d, 2025\)$/),
    ]);
  });

  it.each([
    ["ja", "NATO: 2026年7月 (2026/07/07) · 2026年は同盟国31か国中31か国"],
    ["ar", "الناتو: يوليو 2026"],
  ])("%s: writes the edition's name, date and completeness in the page's language", async (locale, start) => {
    await page.goto(`${base}/${locale}`);
    const nato = await page.locator(".controls .currency li").first().innerText();
    expect(nato.startsWith(start), nato).toBe(true);
  });

  it.each([
    ["", "South Korea", "United Kingdom"],
    ["/ja", "韓国", "イギリス"],
    ["/ar", "كوريا الجنوبية", "المملكة المتحدة"],
  ])("names countries, never codes, in the title and preview text (%s)", async (prefix, korea, uk) => {
    const other = await visit(`${prefix}/?dataset=nato`);
    const title = await other.title();
    expect(title).toContain(korea);
    expect(title).toContain(uk);
    expect(title).not.toMatch(/\b(KOR|GBR|JPN)\b/);
    for (const meta of ['meta[property="og:title"]', 'meta[name="description"]'])
      expect(await other.locator(meta).getAttribute("content")).not.toMatch(/\b(KOR|GBR|JPN|POL|DEU|USA)\b/);
    await other.context().close();
  });
});
