import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json" with { type: "json" };
import { breakMarks, breaksAt } from "../../lib/dashboard/series/breaks";
import { newestEditions, publisherFamily } from "../../lib/dashboard/series/data-currency";
import { toDefinitionRows } from "../../lib/dashboard/series/definition-series";
import type { Translator } from "../../lib/dashboard/text/labels";
import { knownGapsFor } from "../../lib/reference/missing-figures";

const t = createTranslator({ locale: "en", messages: en }) as unknown as Translator;

describe("series breaks", () => {
  it("marks Japan's FY2025 supplementary break on the security-related series, explained", () => {
    const marks = breakMarks(["JAPAN_SECURITY_RELATED"], ["JPN", "POL"], 2014, 2025, t);
    expect(marks).toMatchObject([
      { id: "japan-supplementary", x1: 2024, x2: 2025, label: "Supplementary budgets counted from FY2025" },
    ]);
    expect(marks[0]!.explanation).toMatch(/FY2023 and FY2024 are initial budgets only/);
    expect(breaksAt(marks, "JPN", 2025)).toHaveLength(1);
    expect(breaksAt(marks, "JPN", 2023)).toHaveLength(0);
  });

  it("marks NATO's move to core defence for every ally, and the MoD's GNP-to-GDP change", () => {
    expect(breakMarks(["NATO", "NATO_CORE"], ["POL"], 2014, 2026, t).map((m) => [m.id, m.country])).toEqual([
      ["nato-core-defence", null],
    ]);
    expect(breakMarks(["JAPAN_MOD_BUDGET"], ["JPN"], 1985, 2027, t).map((m) => [m.x1, m.x2])).toEqual([[1997, 2008]]);
  });

  it("draws no break outside the years shown or for another country", () => {
    expect(breakMarks(["JAPAN_MOD_BUDGET"], ["JPN"], 2014, 2025, t)).toEqual([]);
    expect(breakMarks(["JAPAN_SECURITY_RELATED"], ["POL"], 2014, 2025, t)).toEqual([]);
    expect(breakMarks(["NATO"], ["POL"], 2014, 2025, t)).toEqual([]);
  });
});

describe("known gaps", () => {
  it("explains Germany 2025 in NATO's August 2025 edition only", () => {
    expect(knownGapsFor("nato", "August 2025")).toMatchObject([
      { country: "DEU", year: 2025, reason: "germany-2025-budget" },
    ]);
    expect(knownGapsFor("nato", "June 2024")).toEqual([]);
    expect(t("gaps.germany-2025-budget")).toMatch(/budget had not been approved/);
  });
});

describe("how current the data is", () => {
  const edition = (label: string, publishedOn: string | null) => ({ label, publishedOn });
  it("gives each publisher's newest current edition", () => {
    const newest = newestEditions([
      { slug: "sipri", definition: "SIPRI", currentEdition: edition("April 2025", "2025-04-28") },
      { slug: "nato", definition: "NATO", currentEdition: edition("August 2025", "2025-08-28") },
      { slug: "nato-core", definition: "NATO_CORE", currentEdition: edition("July 2026", "2026-07-01") },
      {
        slug: "japan-security-related",
        definition: "JAPAN_SECURITY_RELATED",
        currentEdition: edition("November 2025", "2025-11-28"),
      },
      { slug: "japan-mod-budget", definition: "JAPAN_MOD_BUDGET", currentEdition: edition("Compiled", "2022-09-27") },
      { slug: "empty", definition: "OTHER", currentEdition: null },
    ]);
    expect(newest.map((n) => [n.publisher, n.dataset, n.label])).toEqual([
      ["NATO", "nato-core", "July 2026"],
      ["SIPRI", "sipri", "April 2025"],
      ["JAPAN", "japan-security-related", "November 2025"],
    ]);
    expect(publisherFamily("OTHER")).toBe("OTHER");
  });
});

describe("definitions chart rows", () => {
  it("shades the gap between the lowest and highest figure of each year", () => {
    const s = (key: string, points: [number, number][]) => ({
      key,
      breakKey: key,
      name: key,
      computed: false,
      points: points.map(([year, value]) => ({ year, value, status: "actual" })),
    });
    expect(
      toDefinitionRows([
        s("nato", [
          [2023, 3.9],
          [2024, 4.1],
        ]),
        s("sipri", [[2024, 4.2]]),
      ]),
    ).toEqual([
      { year: 2023, nato: 3.9 },
      { year: 2024, nato: 4.1, sipri: 4.2, gap: [4.1, 4.2] },
    ]);
  });
});
