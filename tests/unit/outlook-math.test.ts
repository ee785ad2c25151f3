import { describe, expect, it } from "vitest";
import { isNatoAlly } from "../../lib/reference/memberships";
import { headline, ON_PATH_TOLERANCE, standingOf, yearStandings } from "../../lib/dashboard/outlook/standing";
import {
  recentGrowth,
  type Scenario,
  sharePath,
  spendingGrowthNeeded,
  yearReached,
} from "../../lib/dashboard/outlook/scenario";
import { HAGUE_CORE, onStraightPath, stepPerYear, straightPath } from "../../lib/dashboard/outlook/straight-path";
import { gdpThrough, yenFor } from "../../lib/dashboard/outlook/yen-targets";

describe("the straight path to 3.5% in 2035", () => {
  it("climbs in equal steps from the figure to the target", () => {
    const start = { year: 2026, value: 2.69 }; // Germany, NATO core 2026e
    expect(stepPerYear(start, HAGUE_CORE)).toBeCloseTo(0.09, 10);
    expect(onStraightPath(start, HAGUE_CORE, 2026)).toBeCloseTo(2.69, 10);
    expect(onStraightPath(start, HAGUE_CORE, 2030)).toBeCloseTo(3.05, 10);
    expect(onStraightPath(start, HAGUE_CORE, 2035)).toBeCloseTo(3.5, 10);
    expect(onStraightPath(start, HAGUE_CORE, 2040)).toBeCloseTo(3.5, 10);
    expect(straightPath(start, HAGUE_CORE)).toEqual([start, HAGUE_CORE]);
  });

  it("is the target itself for a figure already at or above it (Poland 2026e 4.68)", () => {
    const start = { year: 2026, value: 4.68 };
    expect(straightPath(start, HAGUE_CORE)).toBeNull();
    expect(stepPerYear(start, HAGUE_CORE)).toBe(0);
    expect(onStraightPath(start, HAGUE_CORE, 2030)).toBe(3.5);
  });
});

describe("ahead of, on or behind the path", () => {
  it.each([
    [3.0, 2.9, "ahead"],
    [2.9 + ON_PATH_TOLERANCE, 2.9, "on"],
    [2.9 - ON_PATH_TOLERANCE, 2.9, "on"],
    [2.8, 2.9, "behind"],
    [3.5, 3.9, "ahead"], // at the target: met, whatever the line says
  ] as const)("%s against a path at %s is %s", (value, path, expected) => {
    expect(standingOf(value, path, 3.5)).toBe(expected);
  });

  it("judges each year from the figure before it, from the pledge year on", () => {
    // Finland, NATO core: 2024 2.41 (illustrative), 2025e 2.75, 2026e 2.65
    const series = [
      { year: 2024, value: 2.41 },
      { year: 2025, value: 2.75 },
      { year: 2026, value: 2.65 },
    ];
    const standings = yearStandings(series, HAGUE_CORE, 2025);
    expect(standings.map((s) => [s.year, s.standing])).toEqual([
      [2025, "ahead"], // 2.41 + 1.09/11 = 2.509
      [2026, "behind"], // 2.75 + 0.75/10 = 2.825
    ]);
    expect(standings[1]!.path).toBeCloseTo(2.825, 10);
    expect(yearStandings(series.slice(1), HAGUE_CORE, 2025).map((s) => s.year)).toEqual([2026]);
  });

  it("counts allies only, in the newest year", () => {
    const series = new Map([
      [
        "DEU",
        [
          { year: 2025, value: 2.22 },
          { year: 2026, value: 2.69 },
        ],
      ], // ahead
      [
        "FIN",
        [
          { year: 2025, value: 2.75 },
          { year: 2026, value: 2.65 },
        ],
      ], // behind
      [
        "POL",
        [
          { year: 2025, value: 4.25 },
          { year: 2026, value: 4.68 },
        ],
      ], // at or above 3.5
      ["ESP", [{ year: 2025, value: 2.0 }]], // no 2026 figure: not judged
      [
        "KOR",
        [
          { year: 2025, value: 2.3 },
          { year: 2026, value: 2.6 },
        ],
      ], // a partner: never counted
      ["JPN", [{ year: 2027, value: 2.0 }]], // nor does its later year become the newest
    ]);
    expect(headline(series, HAGUE_CORE, isNatoAlly)).toEqual({ year: 2026, onOrAhead: 2, judged: 3 });
    expect(headline(new Map([["JPN", [{ year: 2025, value: 1 }]]]), HAGUE_CORE, isNatoAlly)).toBeNull();
  });
});

describe("the scenario calculator", () => {
  // South Korea as Yonhap reported the plan: 2.32% in 2025, nominal GDP +3.4% a year, spending +7.7% a year
  const korea: Scenario = { start: { year: 2025, value: 2.32 }, gdpGrowth: 3.4, spendingGrowth: 7.7 };

  it("carries the share forward by (1 + spending growth) / (1 + GDP growth) a year", () => {
    const path = sharePath(korea, 2035);
    expect(path.map((p) => p.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(path[0]!.value).toBeCloseTo((2.32 * 1.077) / 1.034, 12);
    expect(path.at(-1)!.value).toBeCloseTo(2.32 * (1.077 / 1.034) ** 10, 12);
    expect(path.at(-1)!.value).toBeGreaterThan(3.45); // about 3.5 in 2035, as reported
    expect(sharePath(korea, 2025)).toEqual([]);
  });

  it("finds the first year the target is reached, exactly at a hit and never when the share falls", () => {
    expect(yearReached(korea, 3.5, 2100)).toBe(2036); // 3.48 in 2035: one year late at these rates
    expect(yearReached({ ...korea, spendingGrowth: 8 }, 3.5, 2100)).toBe(2035);
    expect(yearReached({ start: { year: 2025, value: 2 }, gdpGrowth: 0, spendingGrowth: 25 }, 2.5, 2100)).toBe(2026);
    expect(yearReached({ ...korea, start: { year: 2026, value: 4.68 } }, 3.5, 2100)).toBe(2026);
    expect(yearReached({ ...korea, spendingGrowth: 3.4 }, 3.5, 2100)).toBeNull();
    expect(yearReached(korea, 3.5, 2035)).toBeNull();
  });

  it("gives the spending growth that reaches the target in its year, and it does", () => {
    const needed = spendingGrowthNeeded(korea, HAGUE_CORE)!;
    expect(needed).toBeCloseTo((1.034 * (3.5 / 2.32) ** (1 / 10) - 1) * 100, 12);
    expect(sharePath({ ...korea, spendingGrowth: needed }, 2035).at(-1)!.value).toBeCloseTo(3.5, 10);
    expect(spendingGrowthNeeded({ ...korea, start: { year: 2035, value: 3 } }, HAGUE_CORE)).toBeNull();
  });

  it("averages growth over the last years of a series, compound", () => {
    const pln = [
      { year: 2023, value: 100 },
      { year: 2024, value: 110 },
      { year: 2025, value: 121 },
      { year: 2026, value: 133.1 },
    ];
    expect(recentGrowth(pln, 3)).toBeCloseTo(10, 10);
    expect(recentGrowth(pln, 2)).toBeCloseTo(10, 10);
    expect(recentGrowth(pln, 4)).toBeNull();
    expect(recentGrowth([], 3)).toBeNull();
  });
});

describe("Japan's shares in yen", () => {
  const gdp = [
    { fiscalYear: 2022, gdpJpyBn: 560200, kind: "estimate" as const },
    { fiscalYear: 2025, gdpJpyBn: 629300, kind: "forecast" as const },
    { fiscalYear: 2026, gdpJpyBn: 691900, kind: "forecast" as const },
  ];

  it("is the share of each GDP figure", () => {
    const [fy2022] = yenFor(2, gdp.slice(0, 1));
    expect(fy2022!.amountJpyBn).toBeCloseTo(11204, 6); // ≈ ¥11.2T, the NSS's 2%
    expect(yenFor(3.5, gdp).map((a) => Math.round(a.amountJpyBn))).toEqual([19607, 22026, 24217]);
  });

  it("projects GDP after the newest figure at the scenario's growth, marked as a projection", () => {
    const through = gdpThrough(gdp, 3, 2028);
    expect(through.map((g) => [g.fiscalYear, g.kind])).toEqual([
      [2022, "estimate"],
      [2025, "forecast"],
      [2026, "forecast"],
      [2027, "projection"],
      [2028, "projection"],
    ]);
    expect(through.at(-1)!.gdpJpyBn).toBeCloseTo(691900 * 1.03 ** 2, 6);
    expect(gdpThrough([], 3, 2028)).toEqual([]);
  });
});
