import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json" with { type: "json" };
import { CHART_BOXES } from "../../lib/dashboard/geometry/chart-box";
import type { Translate } from "../../lib/dashboard/text/describe";
import { earlierCoverage, missingFromShown } from "../../lib/dashboard/series/earlier-coverage";
import { figuresFor, packEdition } from "../../lib/dashboard/series/edition-figures";
import { pathChartGeometry } from "../../lib/dashboard/geometry/path-geometry";
import { pathView } from "../../lib/dashboard/view/path-view";
import type { Point } from "../../lib/dashboard/series/series";

// What the browser redraws on a toggle (issue 12) must equal what the server drew: the edition's figures packed for
// the browser give back exactly the rows, and the view and chart geometry come from the same pure functions.

function shipped(file: string): Point[] {
  const text = readFileSync(path.join(import.meta.dirname, "..", "..", "data", file), "utf8");
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map((r) => ({
    country: r.country!,
    year: Number(r.year),
    value: Number(r.value),
    status: (r.status || "actual") as Point["status"],
    note: r.note || null,
    source: r.source || null,
  }));
}
const ordered = (points: Point[]) => [...points].sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);

describe("an edition's figures packed for the browser", () => {
  for (const file of ["sipri.csv", "nato-2025.csv", "japan-security-related.csv"]) {
    it(`${file}: every figure comes back with its value, status, note and source`, () => {
      const points = shipped(file);
      const packed = packEdition(7, points);
      const countries = [...new Set(points.map((p) => p.country))];
      expect(figuresFor(packed, countries, 1949, 2035)).toEqual(ordered(points));
      // a selection: some countries (one unknown), some years
      const some = figuresFor(packed, ["POL", "JPN", "XXX"], 2014, 2020);
      expect(some).toEqual(
        ordered(points.filter((p) => ["POL", "JPN"].includes(p.country) && p.year >= 2014 && p.year <= 2020)),
      );
    });
  }

  it("sends a repeated source once: SIPRI's edition packs to a fraction of its CSV", () => {
    const points = shipped("sipri.csv");
    const json = JSON.stringify(packEdition(1, points));
    expect(JSON.parse(json)).toEqual(packEdition(1, points));
    expect(json.length).toBeLessThan(
      readFileSync(path.join(import.meta.dirname, "..", "..", "data", "sipri.csv"), "utf8").length / 10,
    );
  });
});

describe("the earlier edition's coverage", () => {
  it("names the years the previous edition has for the countries and range shown", () => {
    const years = missingFromShown(
      [
        { country: "JPN", year: 2023 },
        { country: "JPN", year: 2024 },
        { country: "POL", year: 2010 },
        { country: "JPN", year: 2025 },
      ],
      [{ country: "JPN", year: 2025 }],
    );
    expect(years).toEqual({ JPN: [2023, 2024], POL: [2010] });
    const edition = { id: 3, label: "April 2025" };
    expect(earlierCoverage({ edition, years }, ["JPN", "POL"], 2014, 2025)).toEqual({ edition, from: 2023, to: 2024 });
    expect(earlierCoverage({ edition, years }, ["POL"], 2014, 2025)).toBeNull();
    expect(earlierCoverage(null, ["JPN"], 2014, 2025)).toBeNull();
  });
});

describe("the path view and its chart", () => {
  const points = shipped("sipri.csv").filter(
    (p) => ["JPN", "POL", "DEU"].includes(p.country) && p.year >= 2014 && p.year <= 2024,
  );
  const names = new Map([
    ["JPN", "Japan"],
    ["POL", "Poland"],
    ["DEU", "Germany"],
    ["ISL", "Iceland"],
  ]);
  const t = createTranslator({ locale: "en", messages: en, namespace: "describe" }) as unknown as Translate;
  const targets = [
    { label: "NATO 2%", value: 2, targetYear: 2024, appliesTo: "NATO" },
    { label: "Japan 2%", value: 2, targetYear: 2027, appliesTo: "JPN" },
  ];

  it("describes the selection, lists countries without figures and tracks each against its own targets", () => {
    const view = pathView({
      points,
      countries: ["JPN", "POL", "DEU", "ISL"],
      from: 2014,
      to: 2024,
      names,
      datasetName: "SIPRI, April 2025",
      targets,
      earlier: null,
      gaps: [],
      describe: t,
      locale: "en",
    });
    expect(view.description).toMatch(/^Japan's defense spending went from 0\.9\d% of GDP in 2014 to 1\.37% in 2024\./);
    expect(view.missing).toEqual(["ISL"]);
    expect(view.tracker.find((r) => r.country === "JPN")!.targets).toEqual([
      expect.objectContaining({ label: "Japan 2%", byYear: 2027 }),
    ]);
    expect(view.tracker.find((r) => r.country === "POL")!.targets).toEqual([
      expect.objectContaining({ label: "NATO 2%", met: true }),
    ]);
  });

  it("draws each country's figures inside the plot, solid where settled and dashed from the last settled figure on", () => {
    const withEstimate = [
      ...points,
      { country: "JPN", year: 2025, value: 1.4, status: "estimate" as const, note: null, source: null },
    ];
    for (const box of Object.values(CHART_BOXES)) {
      const g = pathChartGeometry(
        {
          points: withEstimate,
          countries: ["JPN", "POL", "DEU"],
          from: 2014,
          to: 2025,
          lines: [{ value: 2, label: "NATO 2%", short: "2%" }],
          goal: { year: 2027, value: 2, label: "Japan goal" },
          events: [],
          breaks: [],
        },
        box,
      );
      expect(g.domain).toEqual([2014, 2027]); // Japan shown: the axis reaches its goal year
      const japan = g.series.find((s) => s.country === "JPN")!;
      expect(japan.settled).toHaveLength(11); // 2014-2024
      expect(japan.provisional).toHaveLength(2); // 2024 → 2025e
      expect(japan.dots).toHaveLength(12);
      for (const d of g.series.flatMap((s) => s.dots)) {
        expect(d.x).toBeGreaterThanOrEqual(g.plot.x);
        expect(d.x).toBeLessThanOrEqual(g.plot.x + g.plot.width);
        expect(d.y).toBeGreaterThanOrEqual(g.plot.y);
        expect(d.y).toBeLessThanOrEqual(g.plot.y + g.plot.height);
        // in hundredths of a unit, so the page's SVG carries no 17-digit coordinates
        expect([d.x, d.y].map((v) => String(v).split(".")[1]?.length ?? 0).every((n) => n <= 2)).toBe(true);
      }
      const poland2024 = points.find((p) => p.country === "POL" && p.year === 2024)!;
      const dot = g.series.find((s) => s.country === "POL")!.dots.find((d) => d.year === 2024)!;
      expect(dot.y).toBeCloseTo(g.yOf(poland2024.value), 6);
      expect(g.guides).toEqual([{ value: 2, y: g.yOf(2) }]);
      expect(g.goal).toEqual({ x: g.plot.x + g.plot.width, y: g.yOf(2) });
    }
  });
});
