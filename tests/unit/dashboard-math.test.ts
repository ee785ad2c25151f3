import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import ar from "../../messages/ar.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { describePath } from "../../lib/dashboard/text/describe";

const messages = { en, ar, ja };
import { packPoints, type Point, rankCountries, toChartRows, unpackPoints } from "../../lib/dashboard/series/series";
import { targetProgress } from "../../lib/dashboard/series/targets";

const p = (country: string, year: number, value: number, status: Point["status"] = "actual"): Point => ({
  country,
  year,
  value,
  status,
  note: null,
  source: null,
});

describe("series shaping", () => {
  it("splits settled and provisional values and bridges the dashed segment", () => {
    const rows = toChartRows(
      [p("POL", 2022, 2.2), p("POL", 2023, 3.8, "estimate"), p("POL", 2024, 4.1, "estimate")],
      ["POL"],
      2022,
      2024,
    );
    expect(rows).toEqual([
      { year: 2022, POL: 2.2, "POL~p": 2.2 },
      { year: 2023, "POL~p": 3.8 },
      { year: 2024, "POL~p": 4.1 },
    ]);
  });

  it("ranks a year and counts who meets each line", () => {
    const names = new Map([
      ["POL", "Poland"],
      ["ESP", "Spain"],
      ["USA", "United States"],
    ]);
    const r = rankCountries(
      [p("ESP", 2024, 1.28), p("POL", 2024, 4.12), p("USA", 2024, 3.38), p("USA", 2023, 3.3)],
      2024,
      names,
      [2, 3.5],
      () => true,
    );
    expect(r.ranked.map((x) => [x.rank, x.name])).toEqual([
      [1, "Poland"],
      [2, "United States"],
      [3, "Spain"],
    ]);
    expect(r.meeting).toEqual({ 2: 2, 3.5: 1 });
  });
});

describe("target tracker", () => {
  it("computes gap, average change and the change per year needed", () => {
    const t = targetProgress(
      "JPN",
      [p("JPN", 2014, 0.96), p("JPN", 2024, 1.37)],
      [
        { label: "2%", value: 2, byYear: 2027 },
        { label: "1%", value: 1, byYear: 2000 },
      ],
    );
    expect(t.averageChange).toBeCloseTo(0.041, 3);
    expect(t.targets[0]?.met).toBe(false);
    expect(t.targets[0]?.gap).toBeCloseTo(0.63, 5);
    expect(t.targets[0]?.neededPerYear).toBeCloseTo(0.21, 5);
    expect(t.targets[1]).toMatchObject({ met: true, neededPerYear: null });
  });

  it("has no progress for a country without figures", () => {
    expect(targetProgress("ISL", [], [{ label: "2%", value: 2, byYear: 2024 }])).toMatchObject({
      latest: null,
      averageChange: null,
      targets: [{ gap: null }],
    });
  });
});

describe("chart description", () => {
  it("is written from the data", () => {
    const names = new Map([
      ["POL", "Poland"],
      ["DEU", "Germany"],
    ]);
    const points = [
      p("JPN", 2014, 0.9578),
      p("JPN", 2024, 1.3714),
      p("POL", 2024, 4.12, "estimate"),
      p("DEU", 2024, 2.12),
    ];
    const describe = (locale: string) =>
      describePath(
        points,
        ["JPN", "POL", "DEU"],
        names,
        "SIPRI",
        createTranslator({
          locale,
          messages: messages[locale as keyof typeof messages],
          namespace: "describe",
        }),
        locale,
      );
    expect(describe("en")).toBe(
      "Japan's defense spending went from 0.96% of GDP in 2014 to 1.37% in 2024. Of the 2 others shown, Poland spends the most: 4.12% in 2024. Source: SIPRI.",
    );
    expect(describe("ja")).toBe(
      "日本の防衛費は2014年のGDP比0.96%から2024年には1.37%になりました。表示中の他の2か国ではPolandが最も高く、2024年に4.12%です。出典:SIPRI。",
    );
    // Arabic text, numbers in the Arabic locale's own convention (Intl decides the digits and percent marks)
    const arabicShare = new Intl.NumberFormat("ar", {
      style: "percent",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(0.013714);
    expect(describe("ar")).toContain(`إلى ${arabicShare} في`);
    expect(describe("ar")).toMatch(/^ارتفع الإنفاق الدفاعي لليابان/);
  });
});

describe("points sent to the browser", () => {
  it("carry each source text once and unpack to the same points", () => {
    const nato = "NATO, Defence Expenditure of NATO Countries (2014-2025), table 3";
    const points = [
      { country: "POL", year: 2024, value: 4.12, status: "estimate" as const, note: null, source: nato },
      {
        country: "DEU",
        year: 2024,
        value: 2.12,
        status: "estimate" as const,
        note: "incl. special fund",
        source: nato,
      },
      { country: "JPN", year: 2024, value: 1.4, status: "actual" as const, note: null, source: null },
      { country: "JPN", year: 2025, value: 1.8, status: "budget" as const, note: null, source: "MOD budget FY2025" },
    ];
    const packed = packPoints(points);
    expect(packed.sources).toEqual([nato, "MOD budget FY2025"]);
    expect(packed.points.map((p) => p.source)).toEqual([0, 0, -1, 1]);
    expect(unpackPoints(packed)).toEqual(points);
  });
});
