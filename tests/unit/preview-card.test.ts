import { readFileSync, writeFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import ar from "../../messages/ar.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { formats } from "../../lib/dashboard/text/format";
import { previewYMax } from "../../lib/dashboard/geometry/preview-geometry";
import { intersects, previewLayout, yearTicks } from "../../lib/dashboard/geometry/preview-layout";
import { previewSvg } from "../../lib/dashboard/export/preview-svg";
import type { Point } from "../../lib/dashboard/series/series";

// Real figures (the shipped SIPRI file) for five countries, with the names each language gives them.
const COUNTRIES = ["JPN", "POL", "DEU", "USA", "KOR"];
const rows = Papa.parse<Record<string, string>>(readFileSync("data/sipri.csv", "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const points: Point[] = rows
  .filter((r) => COUNTRIES.includes(r.country!) && Number(r.year) >= 2014)
  .map((r) => ({
    country: r.country!,
    year: Number(r.year),
    value: Number(r.value),
    status: "actual",
    note: null,
    source: null,
  }));
const LOCALES = { en, ar, ja } as const;

function card(locale: keyof typeof LOCALES, from = 2014, to = 2024) {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const countries = COUNTRIES.map((iso3) => ({
    iso3,
    name: names.of({ JPN: "JP", POL: "PL", DEU: "DE", USA: "US", KOR: "KR" }[iso3]!)!,
  }));
  const f = formats(locale);
  return {
    locale,
    rtl: locale === "ar",
    title: LOCALES[locale].og.title,
    description: `${LOCALES[locale].chart.caption.replace("{lines}", "1, 2")}`,
    footer: `${f.year(from)}–${f.year(to)} · SIPRI, April 2025`,
    points,
    countries,
    from,
    to,
    guides: [1, 2, 3.5],
  };
}

describe("link preview card", () => {
  it("marks round years", () => {
    expect(yearTicks(2014, 2024)).toEqual([2014, 2016, 2018, 2020, 2022, 2024]);
    expect(yearTicks(1990, 2025)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks(2024, 2024)).toEqual([2024]);
  });

  for (const locale of ["en", "ar", "ja"] as const) {
    it(`${locale}: has a year axis, and no legend entry touches an axis label`, () => {
      const input = card(locale);
      const f = formats(locale);
      const svg = previewSvg(input);
      if (process.env.WRITE_PREVIEW) writeFileSync(`${process.env.WRITE_PREVIEW}/og-${locale}.svg`, svg);
      expect(svg).toContain('class="year-axis"');
      for (const year of [2014, 2016, 2024]) expect(svg).toMatch(new RegExp(`class="year"[^>]*>${f.year(year)}<`));
      const names = new Map(input.countries.map((c) => [c.iso3, c.name]));
      const layout = previewLayout({
        rtl: input.rtl,
        guides: input.guides.map((value) => ({ value, text: f.share(value) })),
        years: yearTicks(2014, 2024).map((year) => ({ year, text: f.year(year) })),
        legend: COUNTRIES.map((c) => ({ name: names.get(c)!, value: f.share(4.15) })),
        from: 2014,
        to: 2024,
        yMax: previewYMax(points),
      });
      const axis = [...layout.guides.map((g) => g.label), ...layout.years.map((y) => y.label)];
      const legend = layout.legend.flatMap((e) => [e.swatch, e.name, e.value]);
      expect(legend).toHaveLength(15);
      for (const a of axis)
        for (const b of legend) expect(intersects(a, b), `${a.text} / ${JSON.stringify(b)}`).toBe(false);
      for (const b of legend) expect(intersects(b, layout.plot)).toBe(false);
      for (const b of [...axis, ...legend]) expect(b.x >= 0 && b.x + b.width <= 1200).toBe(true);
    });
  }

  it("ar: each line is a right-to-left isolate, so a full stop ends it on its left", () => {
    const svg = previewSvg(card("ar"));
    // the description's first line: one right-to-left isolate, the final full stop inside it, after the last number
    expect(svg).toMatch(/direction="rtl"[^>]*>\u2067[^<]*\.\u2069<\/text>/);
    expect(svg).not.toMatch(/[\u200e\u200f\u2066]/); // no marks, no nested isolates (resvg misplaces % inside them)
  });
});
