import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json" with { type: "json" };
import { countryOutlook } from "../../lib/dashboard/outlook/country-outlook";
import { scenarioView } from "../../lib/dashboard/outlook/scenario-view";
import { HAGUE_CORE } from "../../lib/dashboard/outlook/straight-path";
import type { Point } from "../../lib/dashboard/series/series";
import { outlookChartGeometry } from "../../lib/dashboard/geometry/outlook-geometry";
import { packEdition } from "../../lib/dashboard/series/edition-figures";
import {
  basisFiguresFor,
  japanGdpSeries,
  japanGdpYears,
  outlookBases,
  outlookDatasets,
  outlookFacts,
} from "../../lib/dashboard/view/outlook-inputs";
import { alliesHeadline, outlookView } from "../../lib/dashboard/view/outlook-view";
import { plansFor } from "../../lib/reference/declared-plans";

const shipped = (file: string): Point[] =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data.map((r) => ({
    country: r.country!,
    year: Number(r.year),
    value: Number(r.value),
    status: r.status as Point["status"],
    note: r.note || null,
    source: r.source || null,
  }));
const core = shipped("nato-core-2026.csv");
const coreBasis = { dataset: "nato-core", definition: "NATO_CORE", edition: { id: 1, label: "July 2026" }, core: true };
const t = createTranslator({ locale: "en", messages: en, namespace: "outlook" });

describe("the outlook on NATO's July 2026 core-defence figures (data/nato-core-2026.csv)", () => {
  it("counts the allies on or ahead of the straight path in 2026e", () => {
    const headline = alliesHeadline({ basis: coreBasis, points: core }, HAGUE_CORE)!;
    expect(headline.year).toBe(2026);
    expect(headline.judged).toBe(new Set(core.filter((p) => p.year === 2026).map((p) => p.country)).size);
    // every ally at or above 3.5% in 2026e is counted ahead, whatever its step
    const atTarget = core.filter((p) => p.year === 2026 && p.value >= 3.5).length;
    expect(atTarget).toBe(5); // Lithuania, Estonia, Latvia, Poland, Greece, as NATO reported
    expect(headline.onOrAhead).toBeGreaterThanOrEqual(atTarget);
    // checked by hand from the file: 20 of 31 (Finland, Spain, Belgium, Italy … behind)
    expect([headline.onOrAhead, headline.judged]).toEqual([20, 31]);
  });

  it("draws Germany's path from 2.69% (2026e) and judges its 3.5%-by-2029 plan ahead of it", () => {
    const germany = countryOutlook("DEU", coreBasis, core, plansFor("DEU"), HAGUE_CORE);
    expect(germany.latest).toMatchObject({ year: 2026, value: 2.69, status: "estimate" });
    expect(germany.path![0]).toBe(germany.latest);
    expect(germany.path![1]).toEqual(HAGUE_CORE);
    expect(germany.step).toBeCloseTo(0.09, 10);
    // 2024 2.00 → 2025e 2.22 (the line asked 2.00 + 1.5/11 = 2.136); 2025e → 2026e 2.69 (asked 2.348)
    expect(germany.standings.map((s) => [s.year, s.standing])).toEqual([
      [2025, "ahead"],
      [2026, "ahead"],
    ]);
    const [plan] = germany.plans;
    expect(plan!.plan.id).toBe("deu-3-5-2029");
    expect(plan!.milestones).toEqual([expect.objectContaining({ year: 2029, value: 3.5, standing: "ahead" })]);
    expect(plan!.milestones[0]!.path).toBeCloseTo(2.69 + 3 * 0.09, 10);
  });

  it("keeps Spain's 2.1% position as a level, behind the path after 2026", () => {
    const spain = countryOutlook("ESP", coreBasis, core, plansFor("ESP"), HAGUE_CORE);
    const milestones = spain.plans[0]!.milestones;
    expect(milestones.map((m) => m.year)).toEqual([2035]);
    expect(milestones[0]).toMatchObject({ value: 2.1, standing: "behind", path: 3.5 });
  });

  it("describes the view in words from the same figures", () => {
    const view = outlookView(
      {
        series: [{ country: "POL", basis: coreBasis, points: core.filter((p) => p.country === "POL") }],
        allies: { basis: coreBasis, points: core },
        japan: null,
      },
      { scenarioCountry: null, gdpGrowth: null, spendingGrowth: null },
      new Map([["POL", "Poland"]]),
      t,
      "en",
    );
    expect(view.description).toMatch(
      /^\d+ of \d+ allies were on or ahead of a straight path to 3\.5% core defence by 2035 in 2026\./,
    );
    expect(view.description).toContain("Poland 4.68% in 2026, at or above the target");
  });
});

describe("Japan's scenario", () => {
  const gdp = japanGdpYears([
    { fiscalYear: 2022, gdpJpyBn: 560200, kind: "estimate", note: null, source: "" },
    { fiscalYear: 2023, gdpJpyBn: 595200, kind: "actual", note: null, source: "" },
    { fiscalYear: 2026, gdpJpyBn: 691900, kind: "forecast", note: null, source: "" },
  ]);
  const facts = {
    country: "JPN",
    start: { year: 2025, value: 1.41 },
    spending: {
      series: [2023, 2024, 2025, 2026].map((year, i) => ({ year, value: [6821.9, 7949.6, 8700.5, 9035.3][i]! })),
      source: "japanBudget",
    },
    gdp: japanGdpSeries(gdp),
    japanGdp: gdp,
  };

  it("defaults to the recent averages, said with their years, and the reader's rates replace them", () => {
    const view = scenarioView(facts, { gdpGrowth: null, spendingGrowth: null }, HAGUE_CORE);
    expect(view.defaults.spendingGrowth).toMatchObject({ from: 2023, to: 2026, source: "japanBudget" });
    expect(view.spendingGrowth).toBeCloseTo(((9035.3 / 6821.9) ** (1 / 3) - 1) * 100, 10);
    expect(view.defaults.gdpGrowth).toMatchObject({ from: 2023, to: 2026 });
    expect(scenarioView(facts, { gdpGrowth: 2, spendingGrowth: 5 }, HAGUE_CORE)).toMatchObject({
      gdpGrowth: 2,
      spendingGrowth: 5,
    });
  });

  it("puts 2% and 3.5% in yen on FY2022 GDP and on each year's own, projecting after FY2026", () => {
    const { yen } = scenarioView(facts, { gdpGrowth: 3, spendingGrowth: null }, HAGUE_CORE);
    expect(yen!.map((r) => [r.share, Math.round(r.fy2022!)])).toEqual([
      [2, 11204],
      [3.5, 19607],
    ]);
    expect(yen![0]!.sameYear.map((y) => [y.fiscalYear, y.kind])).toEqual([
      [2023, "actual"],
      [2026, "forecast"],
      [2027, "projection"],
      [2035, "projection"],
    ]);
    expect(yen![1]!.sameYear.at(-1)!.amountJpyBn).toBeCloseTo(691900 * 1.03 ** 9 * 0.035, 6);
  });
});

describe("which figures the outlook judges each country by", () => {
  const loaded = [
    { slug: "nato", definition: "NATO", unit: "percent_of_gdp" },
    { slug: "nato-core", definition: "NATO_CORE", unit: "percent_of_gdp" },
    { slug: "sipri", definition: "SIPRI", unit: "percent_of_gdp" },
    { slug: "japan-security-related", definition: "JAPAN_SECURITY_RELATED", unit: "percent_of_gdp" },
    // NATO's equipment share and SIPRI's dollars are not shares of GDP: never an outlook's basis
    { slug: "nato-equipment", definition: "NATO_CORE", unit: "percent_of_defence_expenditure" },
    { slug: "sipri-usd", definition: "SIPRI", unit: "usd_constant_2024_millions" },
  ] as const;
  it("takes NATO's core basis for allies and the dataset chosen, or SIPRI instead of NATO's, for the rest", () => {
    expect(outlookDatasets(loaded, "sipri")).toEqual({ core: loaded[1], other: loaded[2] });
    expect(outlookDatasets(loaded, "nato")).toEqual({ core: loaded[1], other: loaded[2] });
    expect(outlookDatasets(loaded, "japan-security-related").other).toBe(loaded[3]);
    expect(outlookDatasets(loaded.slice(2, 4), "sipri").core).toBeNull();
    expect(outlookDatasets([...loaded.slice(4), ...loaded.slice(0, 4)], "nato-equipment")).toEqual({
      core: loaded[1],
      other: loaded[2],
    });
    expect(outlookDatasets([...loaded], "sipri-usd").other).toBe(loaded[2]);
  });
});

describe("the outlook's facts for a selection, as the server and the browser both build them", () => {
  const sipri = shipped("sipri-2026.csv");
  const sipriBasis = { dataset: "sipri", definition: "SIPRI", edition: { id: 2, label: "April 2026" }, core: false };
  const japan = {
    spending: {
      series: [2024, 2025, 2026].map((year, i) => ({ year, value: [7949.6, 8700.5, 9035.3][i]! })),
      source: "japanBudget",
    },
    gdp: japanGdpYears([
      { fiscalYear: 2024, gdpJpyBn: 617000, kind: "actual", note: null, source: "" },
      { fiscalYear: 2025, gdpJpyBn: 640000, kind: "estimate", note: null, source: "" },
    ]),
  };
  const facts = (countries: string[], from = 2014) =>
    outlookFacts({ countries, from }, { basis: coreBasis, points: core }, { basis: sipriBasis, points: sipri }, japan);

  it("judges allies on NATO's core basis and partners on the other, from the first year shown, oldest first", () => {
    const { series, allies } = facts(["JPN", "POL", "KOR"], 2020);
    expect(series.map((s) => [s.country, s.basis.dataset])).toEqual([
      ["JPN", "sipri"],
      ["POL", "nato-core"],
      ["KOR", "sipri"],
    ]);
    for (const s of series) {
      expect(s.points.every((p) => p.country === s.country && p.year >= 2020)).toBe(true);
      expect(s.points.map((p) => p.year)).toEqual([...s.points.map((p) => p.year)].sort((a, b) => a - b));
    }
    expect(series[1]!.points.map((p) => p.value)).toEqual(
      core.filter((p) => p.country === "POL" && p.year >= 2020).map((p) => p.value),
    );
    // the headline counts every ally, whatever the selection
    expect(allies!.points).toHaveLength(core.length);
  });

  it("carries Japan's nominal series only when Japan is selected, and builds the scenario for the country asked", () => {
    expect(facts(["POL"]).japan).toBeNull();
    const both = facts(["JPN", "POL"]);
    const names = new Map([
      ["JPN", "Japan"],
      ["POL", "Poland"],
    ]);
    const state = { gdpGrowth: null, spendingGrowth: null };
    const japanFirst = outlookView(both, { ...state, scenarioCountry: null }, names, t, "en");
    expect(japanFirst.scenario).toMatchObject({
      country: "JPN",
      defaults: { spendingGrowth: { source: "japanBudget" } },
    });
    expect(japanFirst.scenario!.yen).not.toBeNull();
    const poland = outlookView(both, { ...state, scenarioCountry: "POL" }, names, t, "en");
    const polandLatest = core.filter((p) => p.country === "POL").at(-1)!;
    expect(poland.scenario).toMatchObject({
      country: "POL",
      start: { year: polandLatest.year, value: polandLatest.value },
      defaults: { gdpGrowth: null, spendingGrowth: null },
      yen: null,
    });
  });

  it("reads the same facts from the editions as the browser holds them (packed) as from the server's rows", () => {
    const packed = basisFiguresFor(
      { basis: coreBasis, figures: packEdition(1, core) },
      { basis: sipriBasis, figures: packEdition(2, sipri) },
      ["JPN", "POL", "KOR"],
    );
    const selection = { countries: ["JPN", "POL", "KOR"], from: 2014 };
    expect(outlookFacts(selection, packed.core, packed.other, japan)).toEqual(facts(selection.countries));
  });

  it("names the edition shown as the other basis, and NATO's current core edition as the core", () => {
    const edition = (id: number, label: string) => ({ id, label, publishedOn: null });
    const loaded = [
      { slug: "nato-core", definition: "NATO_CORE", unit: "percent_of_gdp", currentEdition: edition(7, "July 2026") },
      { slug: "sipri", definition: "SIPRI", unit: "percent_of_gdp", currentEdition: edition(9, "April 2026") },
    ] as const;
    const pinned = edition(3, "April 2025");
    expect(outlookBases(loaded, "sipri", pinned)).toEqual({
      core: { dataset: "nato-core", definition: "NATO_CORE", edition: loaded[0].currentEdition, core: true },
      other: { dataset: "sipri", definition: "SIPRI", edition: pinned, core: false },
    });
    expect(outlookBases(loaded, "nato-core", edition(5, "June 2024")).other!.edition).toBe(loaded[1].currentEdition);
  });
});

describe("the outlook chart's geometry", () => {
  it("draws the straight path, the plan's diamonds from the latest figure and the scenario, within the box", () => {
    const germany = countryOutlook("DEU", coreBasis, core, plansFor("DEU"), HAGUE_CORE);
    const g = outlookChartGeometry(
      {
        countries: [germany],
        from: 2014,
        target: HAGUE_CORE,
        total: { year: 2035, value: 5 },
        scenario: { country: "DEU", start: { year: 2026, value: 2.69 }, path: [{ year: 2027, value: 2.8 }] },
      },
      { width: 380, height: 400 },
    );
    const [s] = g.series;
    expect(g.domain).toEqual([2014, 2035]);
    expect(s!.straight).toHaveLength(2);
    expect(s!.straight[1]).toEqual({ x: g.plot.x + g.plot.width, y: g.yOf(3.5) });
    expect(s!.plans[0]!.points[0]).toEqual(s!.straight[0]);
    expect(s!.plans[0]!.diamonds).toHaveLength(1);
    expect(s!.scenario).toHaveLength(2);
    expect(g.guides.map((l) => l.value)).toEqual([3.5, 5]);
  });
});
