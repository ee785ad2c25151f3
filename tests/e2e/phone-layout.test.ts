import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser";

// The dashboard on phones (issue 12): nothing scrolls sideways, controls are big enough to tap, the target
// tracker is readable, the chart is tall, and no two chart labels overlap, in every language.
const base = inject("appUrl");
const QUERY = "countries=JPN~POL~DEU~USA~KOR";
const prefix = (locale: string) => (locale === "en" ? "" : `/${locale}`);
const browser = useBrowser();

async function open(width: number, locale: string, view: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  await page.goto(`${base}${prefix(locale)}/?view=${view}&${QUERY}`);
  if (view !== "table")
    await page
      .locator(view === "path" ? "svg.path-chart:visible" : "svg.ranking-chart:visible, svg.definitions-chart:visible")
      .first()
      .waitFor();
  return page;
}

/** Boxes of the elements matching `selector` (visible ones only). */
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .map((e) => ({
        text: (e.textContent ?? "").trim().slice(0, 40),
        ...(e.getBoundingClientRect().toJSON() as DOMRect),
      }))
      .filter((b) => b.width > 0),
  );

describe("phones", () => {
  for (const width of [390, 360]) {
    for (const locale of ["en", "ar", "ja"]) {
      it(`${width} px, ${locale}: no sideways scrolling in any view`, async () => {
        for (const view of ["path", "ranking", "table"]) {
          const page = await open(width, locale, view);
          await page.locator("details.controls-disclosure > summary").click(); // open, the controls must fit too
          await page.locator(".language-menu > summary").click(); // and the language menu
          if (view === "table") await page.locator(".computed-shares summary").click(); // and Japan's computed shares with their sources
          expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(width);
          await page.close();
        }
      });
    }
  }

  it("390 px: header links, controls and view links are at least 44 px in both directions", async () => {
    const page = await open(390, "en", "path");
    await page.locator("details.controls-disclosure > summary").click();
    await page.locator(".language-menu > summary").click(); // and the other languages' links
    const targets = await boxes(
      page,
      ".site-header a, .language-menu > summary, details.controls-disclosure > summary, .controls select, .controls input[type=search], .controls .chips button, .country-list label, .tabs a, .toolbar .button",
    );
    expect(targets.length).toBeGreaterThan(15);
    for (const t of targets)
      expect([t.text, Math.round(t.width), Math.round(t.height)]).toEqual([
        t.text,
        expect.toSatisfy((w: number) => w >= 44),
        expect.toSatisfy((h: number) => h >= 44),
      ]);
    await page.close();
  });

  it("390 px: the controls start folded, the tracker is cards with readable cells, the chart is tall and on the first screen", async () => {
    for (const locale of ["en", "ar", "ja"]) {
      const page = await open(390, locale, "path");
      expect(await page.locator("details.controls-disclosure").getAttribute("open")).toBeNull();
      expect(await page.locator(".controls select#dataset").isVisible()).toBe(false);
      const cells = await boxes(page, ".tracker tbody td, .tracker tbody th");
      expect(cells.length).toBeGreaterThan(10);
      for (const c of cells) expect(c.width, `${locale} ${c.text}`).toBeGreaterThanOrEqual(140);
      const chart = (await boxes(page, "svg.path-chart[role=img]"))[0]!;
      const plot = (await boxes(page, "svg.path-chart g.grid"))[0]!;
      expect(chart.width).toBeGreaterThanOrEqual(360);
      expect(plot.height, locale).toBeGreaterThanOrEqual(300);
      // the chart starts on the first screen, above its download buttons (header and tabs kept to few rows)
      expect(chart.top, locale).toBeLessThan(640);
      expect((await boxes(page, ".toolbar"))[0]!.top, locale).toBeGreaterThan(chart.bottom);
      await page.close();
    }
  });

  it("desktop: the controls show open beside the chart, without the disclosure's summary", async () => {
    const page = await open(1280, "en", "path");
    expect(await page.locator(".controls select#dataset").isVisible()).toBe(true);
    expect(await page.locator("details.controls-disclosure > summary").isVisible()).toBe(false);
    await page.close();
  });

  it("desktop: the dataset select has room for a name with its qualifier, and holds a longer one in its title", async () => {
    for (const locale of ["en", "ar", "ja"]) {
      const page = await open(1280, locale, "path");
      const select = page.locator(".controls select#dataset");
      const fit = await select.evaluate((s: HTMLSelectElement) => {
        const style = getComputedStyle(s);
        const context = document.createElement("canvas").getContext("2d")!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // the text's room: the select less its padding and its arrow
        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return { room, cut: [...s.options].filter((o) => context.measureText(o.text).width > room).length };
      });
      // "Japan security-related expenditure" is 258 px at 16 px; only SIPRI's constant-dollar name (290-345 px) is longer
      expect(fit.room, locale).toBeGreaterThanOrEqual(260);
      expect(fit.cut, locale).toBeLessThanOrEqual(1);
      expect(await select.getAttribute("title")).toBe(
        await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text),
      );
      await page.close();
    }
  });

  for (const width of [390, 1280]) {
    it(`${width} px: no two path chart labels overlap, in en, ar and ja`, async () => {
      for (const locale of ["en", "ar", "ja"]) {
        const page = await open(width, locale, "path");
        const labels = await boxes(page, ".path-annotations text");
        expect(labels.length, locale).toBeGreaterThanOrEqual(6);
        for (const a of labels)
          for (const b of labels) {
            if (a === b) continue;
            const overlap =
              a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
            expect(overlap, `${locale}: "${a.text}" overlaps "${b.text}"`).toBe(false);
          }
        await page.close();
      }
    });
  }
});
