import { readFileSync } from "node:fs";
import type en from "../../messages/en.json";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser";
import { editionId } from "../helpers/edition-id";
import { signInInBrowser } from "../helpers/editor-session";
import { fixture } from "../helpers/parse-fixture";

const base = inject("appUrl");
type Messages = typeof en;
const messages = Object.fromEntries(
  ["en", "ar", "ja"].map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, "utf8")) as Messages]),
) as Record<"en" | "ar" | "ja", Messages>;
const browser = useBrowser();
let page: Page;
let sipri2025: number;

beforeAll(async () => {
  sipri2025 = await editionId("sipri", "April 2025");
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

const prefix = (locale: string) => (locale === "en" ? "" : `/${locale}`);
const share = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    value / 100,
  );

describe("English, Arabic and Japanese", () => {
  for (const locale of ["en", "ar", "ja"] as const) {
    for (const view of ["path", "ranking", "table", "definitions"] as const) {
      it(`${locale}: ${view} view has lang, dir, translated heading and locale numbers`, async () => {
        // pinned to SIPRI's April 2025 edition, whose newest year is 2024
        await page.goto(`${base}${prefix(locale)}/?view=${view}&countries=JPN~POL&v=${sipri2025}`);
        expect(await page.getAttribute("html", "lang")).toBe(locale);
        expect(await page.getAttribute("html", "dir")).toBe(locale === "ar" ? "rtl" : "ltr");
        expect(await page.locator("h1").innerText()).toBe(messages[locale].dashboard.title);
        expect(await page.locator(".tabs [aria-current=page]").innerText()).toBe(
          messages[locale].dashboard.views[view],
        );
        if (view === "path") {
          // Japan's 2024 SIPRI figure, formatted the locale's way, in the description written from the data
          expect(await page.locator("#chart-description").innerText()).toContain(share(locale, 1.3714));
          await page.locator("svg.path-chart:visible g.series path").first().waitFor();
          // time runs left to right in every language (the chart is drawn twice: for phones and wider screens); its
          // key, in the same box, reads in the page's direction
          expect(await page.locator(".chart-pointer[dir=ltr] > .drawing > svg.path-chart").count()).toBe(2);
          expect(
            await page
              .locator(".chart-pointer .chart-key")
              .evaluateAll((keys) => keys.map((k) => getComputedStyle(k).direction)),
          ).toEqual(locale === "ar" ? ["rtl", "rtl"] : ["ltr", "ltr"]);
          await page.waitForLoadState("networkidle");
          const box = (await page.locator(".chart-pointer:visible").boundingBox())!;
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
          expect(await page.locator(".chart-tooltip").evaluate((t) => getComputedStyle(t).direction)).toBe(
            locale === "ar" ? "rtl" : "ltr",
          );
        }
      });
    }
  }

  it("names countries in the reader's language", async () => {
    await page.goto(`${base}/ja/?view=table&countries=JPN~POL~DEU`);
    expect(await page.locator("table").first().locator("tbody th").allInnerTexts()).toEqual(
      expect.arrayContaining(["日本", "ポーランド", "ドイツ"]),
    );
    await page.goto(`${base}/ar/?view=table&countries=JPN~POL`);
    expect(await page.locator("table").first().locator("tbody th").allInnerTexts()).toEqual(
      expect.arrayContaining(["اليابان", "بولندا"]),
    );
  });

  it("switches language keeping the whole view, and a link keeps its language", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const reader = await context.newPage();
    await reader.goto(`${base}/?countries=JPN~KOR&from=2005&view=table`);
    await reader.waitForLoadState("networkidle");
    await reader.locator(".language-menu > summary").click(); // the menu names the current language, and opens the others
    expect(await reader.locator(".language-menu a").allInnerTexts()).toEqual(["العربية", "日本語"]);
    await reader.keyboard.press("Escape"); // closes it, focus on its summary
    expect(await reader.locator(".language-menu").getAttribute("open")).toBeNull();
    expect(await reader.evaluate(() => document.activeElement?.closest(".language-menu") !== null)).toBe(true);
    await reader.keyboard.press("Enter"); // and opens it again from the keyboard
    await reader.getByRole("link", { name: "العربية" }).click();
    await reader.waitForURL(/\/ar\?/);
    expect(reader.url()).toContain("countries=JPN~KOR");
    expect(new URL(reader.url()).searchParams.get("from")).toBe("2005");
    expect(await reader.getAttribute("html", "dir")).toBe("rtl");
    await context.close();
    // someone else, whose browser prefers Japanese, opens the Arabic link: it stays Arabic
    const other = await browser.newContext({
      locale: "ja-JP",
      extraHTTPHeaders: { "accept-language": "ja-JP,ja;q=0.9" },
    });
    const friend = await other.newPage();
    await friend.goto(`${base}/ar?countries=JPN~KOR&from=2005&view=table`);
    expect(await friend.getAttribute("html", "lang")).toBe("ar");
    await other.close();
  });

  it("chooses the first visit's language from the browser's preference", async () => {
    const context = await browser.newContext({
      locale: "ja-JP",
      extraHTTPHeaders: { "accept-language": "ja-JP,ja;q=0.9" },
    });
    const visitor = await context.newPage();
    await visitor.goto(`${base}/sources`);
    expect(new URL(visitor.url()).pathname).toBe("/ja/sources");
    expect(await visitor.locator("h1").innerText()).toBe(messages.ja.sources.title);
    await context.close();
  });

  it("renders the preview image of an Arabic link in Arabic", async () => {
    await page.goto(`${base}/ar/?countries=JPN~POL`);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(og).toContain("lang=ar");
    const response = await fetch(new URL(new URL(og!).pathname + new URL(og!).search, base));
    expect(response.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await response.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeGreaterThan(20_000);
  });

  it("reports upload errors in the reader's language", async () => {
    const context = await browser.newContext();
    const editor = await context.newPage();
    await signInInBrowser(editor);
    await editor.goto(`${base}/ar/upload`);
    await editor.waitForLoadState("networkidle");
    await editor.setInputFiles('input[type="file"]', fixture("invalid-rows.csv"));
    await editor.locator("#preview-title").waitFor();
    await editor.fill("#label", "ملف خاطئ");
    await editor.getByRole("button", { name: messages.ar.upload.submit }).click();
    await editor.locator("#review-title").waitFor();
    const errors = await editor.locator("table").last().innerText();
    expect(errors).toContain(messages.ar.csvIssues.unknownCountry);
    expect(errors).toContain("Narnia");
    await context.close();
  });
});
