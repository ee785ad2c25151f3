import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser";
import { editionId } from "../helpers/edition-id";

const base = inject("appUrl");
// pinned to SIPRI's April 2025 edition (a whole edition: no carried figures, a four-line citation as published)
let VIEW = "/?countries=JPN~POL~DEU&from=2014&to=2024";
const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  VIEW += `&v=${await editionId("sipri", "April 2025")}`;
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.goto(`${base}${VIEW}`);
  await page.locator("svg.path-chart:visible g.series path").first().waitFor();
  await page.waitForLoadState("networkidle");
});

async function download(name: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole(typeof name === "string" ? "link" : "button", { name })
      .first()
      .click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const citation = (csv: string, line: number) => Papa.parse<string[]>(csv.split("\r\n")[line]!).data[0]![0];

describe("sharing and downloads", () => {
  it("downloads the displayed figures as CSV with a citation header", async () => {
    const { name, bytes } = await download("CSV (this view)");
    expect(name).toBe("defense-share-of-gdp-sipri-2014-2024.csv");
    const text = bytes.toString("utf8");
    // each citation line is one quoted cell (so no comma in a label can start a formula cell)
    expect(citation(text, 0)).toMatch(/^# SIPRI military expenditure — .*, edition April 2025/);
    const rows = Papa.parse<Record<string, string>>(text.split("\r\n").slice(4).join("\n"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(["JPN", "POL", "DEU"]));
    expect(rows.every((r) => Number(r.year) >= 2014 && Number(r.year) <= 2024)).toBe(true);
    expect(rows.find((r) => r.country === "JPN" && r.year === "2024")?.value).toBe("1.3714");
  });

  it("cites the page on the host the reader used, also behind a reverse proxy", async () => {
    const response = await fetch(`${base}/download/view.csv?countries=JPN&from=2020`, {
      headers: { "x-forwarded-host": "dashboard.example.org", "x-forwarded-proto": "https" },
    });
    expect(citation(await response.text(), 3)).toBe(
      "# Downloaded from: https://dashboard.example.org/?countries=JPN&from=2020",
    );
  });

  it("downloads the full current edition as CSV", async () => {
    const { bytes } = await download("CSV (full dataset)");
    const rows = Papa.parse<Record<string, string>>(bytes.toString("utf8").split("\r\n").slice(4).join("\n"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.length).toBeGreaterThan(2000);
    expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThan(30);
  });

  it("cites SIPRI's April 2026 edition in its CSV, every row with SIPRI's value and SIPRI's workbook", async () => {
    const csv = await (await fetch(`${base}/download/dataset.csv?dataset=sipri`)).text();
    expect(citation(csv, 0)).toMatch(/, edition April 2026 \(published 2026-04-27\)$/);
    const rows = Papa.parse<Record<string, string>>(csv.split("\r\n").slice(4).join("\n"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(2133);
    const japan = (year: string) => rows.find((r) => r.country === "JPN" && r.year === year)!;
    // PROVENANCE.md's spot values of SIPRI's workbook: Japan 2024 1.2946, 2025 1.4117 (stored to 6 decimals)
    expect(Number(japan("2024").value).toFixed(4)).toBe("1.2946");
    expect(Number(japan("2025").value).toFixed(4)).toBe("1.4117");
    expect(japan("2025").source).toContain("SIPRI-Milex-data-1949-2025_v1.2.xlsx");
  });

  it("downloads the chart as SVG and PNG", async () => {
    const svg = await download(/^SVG$/);
    expect(svg.name).toMatch(/\.svg$/);
    const svgText = svg.bytes.toString("utf8");
    expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toMatch(/<g class="recharts-layer series" data-country="JPN"[^>]*><path [^>]*\bd="M/);
    const png = await download(/^PNG$/);
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(800); // width in the IHDR chunk (2x pixel ratio)
  });

  it("downloads the outlook's chart as SVG, as the browser drew it when the reader opened the outlook", async () => {
    await page.getByRole("link", { name: "Outlook to 2035" }).click();
    await page.waitForURL(/view=outlook/);
    await page.locator("svg.outlook-chart:visible g.series").first().waitFor();
    const svg = await download(/^SVG$/);
    expect(svg.name).toMatch(/-outlook-.*\.svg$/);
    const text = svg.bytes.toString("utf8");
    expect(text).toMatch(/^<svg[^>]*class="[^"]*outlook-chart/);
    for (const country of ["JPN", "POL", "DEU"]) expect(text).toContain(`data-country="${country}"`);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("view=outlook"));
    await page.locator("svg.path-chart:visible g.series path").first().waitFor();
  });

  it("gives each URL a preview image, title and description written from the data", async () => {
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(og).toContain("/og?countries=JPN~POL~DEU");
    expect(new URL(og!).host).toBe(new URL(base).host); // absolute, on the host the page was served from
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(
      /^Japan's defense spending went from/,
    );
    const response = await fetch(new URL(new URL(og!).pathname + new URL(og!).search, base));
    expect(response.headers.get("content-type")).toBe("image/png");
    const image = Buffer.from(await response.arrayBuffer());
    expect(image.readUInt32BE(16)).toBe(1200);
    expect(image.readUInt32BE(20)).toBe(630);
    expect(image.length).toBeGreaterThan(10_000);
    expect(image.length).toBeLessThan(1_000_000);
  });

  it("serves the chart alone at /embed with the same state", async () => {
    const embed = await browser.newPage();
    await embed.goto(`${base}/embed${VIEW}`);
    await embed.locator("svg.path-chart:visible g.series path").first().waitFor();
    expect(await embed.locator(".chart-variant.wide .chart-key li:not(.note)").allInnerTexts()).toEqual(
      expect.arrayContaining(["Japan", "Poland", "Germany"]),
    );
    expect(await embed.locator("header, nav").count()).toBe(0);
    await embed.close();
  });
});
