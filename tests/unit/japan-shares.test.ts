import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "../../messages/ar.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { computeShares, gdpFor, shareSeries } from "../../lib/dashboard/series/japan-shares";
import type { JapanAmount, JapanGdp } from "../../lib/dashboard/series/japan-budget";
import { shareFormula } from "../../lib/dashboard/text/share-formula";
import type { Translator } from "../../lib/dashboard/text/labels";
import { yenBillions, yenTrillions } from "../../lib/dashboard/text/yen";
import { parseJapanFiguresFile } from "../../lib/import/japan-figures-files";

const fixture = (name: string) => readFileSync(`tests/fixtures/reference/${name}`, "utf8");
const amounts = parseJapanFiguresFile("japan-defense-amounts.csv", fixture("japan-defense-amounts.csv"))
  .rows as JapanAmount[];
const gdp = parseJapanFiguresFile("japan-gdp.csv", fixture("japan-gdp.csv")).rows as JapanGdp[];
const translator = (locale: "en" | "ar" | "ja") =>
  createTranslator({ locale, messages: { en, ar, ja }[locale] }) as unknown as Translator;

describe("Japan's reference files", () => {
  it("reads amounts and GDP, told apart by their columns", () => {
    expect(amounts).toHaveLength(4);
    expect(amounts[3]).toEqual({
      fiscalYear: 2026,
      measure: "defense_related",
      budget: "initial",
      amountJpyBn: 9035.3,
      status: "budget",
      note: null,
      source: "fixture: the figure of the issue's example formula",
    });
    expect(gdp.map((g) => [g.fiscalYear, g.kind])).toEqual([
      [2022, "actual"],
      [2024, "estimate"],
      [2025, "forecast"],
      [2026, "forecast"],
    ]);
  });

  it.each([
    [
      "fiscal_year,measure,budget,amount_jpy_bn,status,note,source\n2025,defence,initial,1,budget,,x\n",
      /line 2, column measure/,
    ],
    [
      'fiscal_year,measure,budget,amount_jpy_bn,status,note,source\n2025,defense_related,initial,"1,000",budget,,x\n',
      /line 2, column amount_jpy_bn/,
    ],
    [
      "fiscal_year,gdp_jpy_bn,kind,note,source\n2025,600000,forecast,,\n",
      /line 2, column source: every row needs its source/,
    ],
    [
      "fiscal_year,gdp_jpy_bn,kind,note,source\n2025,600000,forecast,,a\n2025,610000,forecast,,b\n",
      /line 3: a second row for 2025\/forecast/,
    ],
    ["year,value\n2025,1\n", /neither/],
  ])("rejects a bad file with the line and column (%#)", (content, message) => {
    expect(() => parseJapanFiguresFile("f.csv", content)).toThrow(message);
  });
});

describe("shares computed from published amounts", () => {
  const shares = computeShares(amounts, gdp);

  it("divides security-related amounts by FY2022 GDP and by same-year GDP, other measures by same-year GDP only", () => {
    const fy2025 = shares.filter((s) => s.fiscalYear === 2025 && s.budget === "initial");
    expect(fy2025.map((s) => [s.basis, s.value.toFixed(2)])).toEqual([
      ["fy2022", "1.77"],
      ["same-year", "1.61"],
    ]);
    expect(shares.filter((s) => s.measure === "defense_related").map((s) => s.basis)).toEqual(["same-year"]);
    expect(shares.every((s) => s.sources.length >= 1)).toBe(true);
  });

  it("prefers a settled GDP figure to an estimate or a forecast", () => {
    const g: JapanGdp[] = [
      { fiscalYear: 2024, gdpJpyBn: 1, kind: "forecast", note: null, source: "f" },
      { fiscalYear: 2024, gdpJpyBn: 2, kind: "actual", note: null, source: "a" },
    ];
    expect(gdpFor(g, 2024)?.kind).toBe("actual");
  });

  it("counts supplementary budgets from FY2025 only, the way the government does", () => {
    expect(shareSeries(shares, "security_related", "fy2022").map((s) => [s.fiscalYear, s.budget])).toEqual([
      [2024, "initial"],
      [2025, "initial_plus_supplementary"],
    ]);
  });

  it("writes its formula in each language", () => {
    const share = shares.find((s) => s.fiscalYear === 2026)!;
    expect(shareFormula(share, translator("en"), "en")).toBe("¥9,035.3bn ÷ FY2026 GDP forecast ¥692T = 1.31%");
    expect(shareFormula(share, translator("ja"), "ja")).toBe("9兆353億円 ÷ 2026年度GDP(見通し)692兆円 = 1.31%");
    expect(shareFormula(share, translator("ar"), "ar")).toContain("تريليون ين");
  });

  it("writes yen the way each language does", () => {
    expect([yenBillions(8900, "en"), yenTrillions(560000, "en")]).toEqual(["¥8,900bn", "¥560T"]);
    expect([yenBillions(8900, "ja"), yenTrillions(560000, "ja")]).toEqual(["8兆9,000億円", "560兆円"]);
  });
});
