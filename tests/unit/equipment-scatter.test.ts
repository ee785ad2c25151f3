import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json" with { type: "json" };
import { CHART_BOXES } from "../../lib/dashboard/geometry/chart-box";
import { scatterGeometry } from "../../lib/dashboard/geometry/scatter-geometry";
import type { Translator } from "../../lib/dashboard/text/labels";
import { equipmentScatter, scatterLines, scatterView } from "../../lib/dashboard/view/equipment-scatter";
import type { LoadedDataset } from "../../lib/dashboard/view/inputs";
import { REFERENCE_TARGETS } from "../../lib/reference/targets";
import { shippedPoints } from "../helpers/shipped-points";

// The scatter of NATO's two Wales guidelines, from the shipped files of NATO's July 2026 edition.
const gdp = shippedPoints("nato-core-2026.csv");
const equipment = shippedPoints("nato-equipment-2026.csv");
const lines = scatterLines(REFERENCE_TARGETS);
const value = (points: typeof gdp, country: string, year: number) =>
  points.find((p) => p.country === country && p.year === year)!.value;

describe("the equipment scatter", () => {
  it("draws NATO's 2% of GDP and 20% on equipment", () => {
    expect(lines).toEqual({ x: 2, y: 20 });
  });

  it("pairs each ally's two figures of a year and counts the four quadrants from them", () => {
    const s = equipmentScatter({ gdp, equipment, year: 2024, lines })!;
    expect(s.year).toBe(2024);
    expect(s.dots).toHaveLength(31);
    expect(s.dots.find((d) => d.country === "POL")).toMatchObject({
      x: value(gdp, "POL", 2024),
      y: value(equipment, "POL", 2024),
      estimate: false,
      meetsGdp: true,
      meetsEquipment: true,
    });
    const both = s.dots.filter((d) => d.x >= 2 && d.y >= 20).length;
    expect(s.counts.both).toBe(both);
    expect(s.counts.both + s.counts.gdpOnly + s.counts.equipmentOnly + s.counts.neither).toBe(31);
    // Belgium spent 15.35% on equipment in 2024: below the line
    expect(s.dots.find((d) => d.country === "BEL")!.meetsEquipment).toBe(false);
    expect(s.unpaired).toEqual([]);
  });

  it("takes the newest year both measures have when none is asked, or one they lack", () => {
    expect(equipmentScatter({ gdp, equipment, year: null, lines })!.year).toBe(2026);
    expect(equipmentScatter({ gdp, equipment, year: 1990, lines })!.year).toBe(2026);
    const s = equipmentScatter({ gdp, equipment, year: 2026, lines })!;
    expect(s.dots.every((d) => d.estimate)).toBe(true);
    expect(equipmentScatter({ gdp, equipment: [], year: null, lines })).toBeNull();
  });

  it("names the allies that lack one of the figures, and leaves partners out", () => {
    const withoutPoland = equipment.filter((p) => !(p.country === "POL" && p.year === 2024));
    const withJapan = [...gdp, { ...gdp[0]!, country: "JPN", year: 2024 }];
    const s = equipmentScatter({ gdp: withJapan, equipment: withoutPoland, year: 2024, lines })!;
    expect(s.unpaired).toEqual(["POL"]);
    expect(s.dots.some((d) => d.country === "JPN" || d.country === "POL")).toBe(false);
  });

  it("describes the year from the counts, naming both datasets and their edition", () => {
    const dataset = (slug: string, unit: LoadedDataset["unit"]): LoadedDataset => ({
      slug,
      name: slug,
      publisher: "NATO",
      definition: "NATO_CORE",
      unit,
      license: "",
      sourceUrl: "",
      description: "",
      currentEdition: {
        id: 1,
        label: "July 2026",
        publishedOn: "2026-07-07",
        loadedAt: "",
        rows: 0,
        sha256: "",
        note: null,
      },
    });
    const t = createTranslator({ locale: "en", messages: en }) as unknown as Translator;
    const view = scatterView(
      {
        gdp: { dataset: dataset("nato-core", "percent_of_gdp"), points: gdp },
        equipment: { dataset: dataset("nato-equipment", "percent_of_defence_expenditure"), points: equipment },
      },
      REFERENCE_TARGETS,
      2024,
      t,
      "en",
    )!;
    const c = view.model.counts;
    const verb = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
    expect(view.description).toBe(
      `In 2024, of 31 NATO allies, ${verb(c.both, "spends", "spend")} at least 2% of GDP on defence and at least 20% ` +
        `of that on major equipment; ${verb(c.gdpOnly, "meets", "meet")} only the 2% line, ${c.equipmentOnly} only ` +
        `the 20% line, ${c.neither} neither. ` +
        "Source: NATO core defence expenditure, NATO equipment expenditure (July 2026).",
    );
    // one ally reads as one: "1 meets only the 2% line", "1 spends"
    const one = { year: "2024", count: 31, gdpLine: "2%", equipmentLine: "20%", sources: "", edition: "" };
    const counts = { both: 1, gdpOnly: 1, equipmentOnly: 1, neither: 1 };
    expect(t("scatter.description", { ...one, ...counts })).toContain("31 NATO allies, 1 spends at least 2%");
    expect(t("scatter.description", { ...one, ...counts })).toContain("; 1 meets only the 2% line");
  });

  it("keeps close dots' names apart: Germany and the Netherlands in 2024 (21.17% and 19.82% on equipment)", () => {
    const s = equipmentScatter({ gdp, equipment, year: 2024, lines })!;
    const g = scatterGeometry(
      s.dots,
      s.lines,
      new Map([
        ["DEU", "Germany"],
        ["NLD", "Netherlands"],
      ]),
      CHART_BOXES.narrow,
    );
    const [deu, nld] = ["DEU", "NLD"].map((c) => g.dots.find((d) => d.country === c)!.label!);
    expect(Math.abs(deu!.y - nld!.y)).toBeGreaterThanOrEqual(12);
  });

  it("places every dot inside the plot, and a selected country's label inside the box", () => {
    const s = equipmentScatter({ gdp, equipment, year: 2026, lines })!;
    for (const box of Object.values(CHART_BOXES)) {
      const g = scatterGeometry(
        s.dots,
        s.lines,
        new Map([
          ["POL", "Poland"],
          ["LTU", "Lithuania"],
        ]),
        box,
      );
      for (const d of g.dots) {
        expect(d.cx).toBeGreaterThanOrEqual(g.plot.x);
        expect(d.cx).toBeLessThanOrEqual(g.plot.x + g.plot.width);
        expect(d.cy).toBeGreaterThanOrEqual(g.plot.y);
        expect(d.cy).toBeLessThanOrEqual(g.plot.y + g.plot.height);
        if (d.label) expect(d.label.x).toBeGreaterThanOrEqual(0);
      }
      expect(
        g.dots
          .filter((d) => d.label)
          .map((d) => d.country)
          .sort(),
      ).toEqual(["LTU", "POL"]);
      // the 20% line sits below Poland's 55.91% dot, the 2% line left of it
      const pol = g.dots.find((d) => d.country === "POL")!;
      expect([g.lines.y > pol.cy, g.lines.x < pol.cx]).toEqual([true, true]);
    }
  });
});
