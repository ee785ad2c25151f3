import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "../../messages/ar.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { pathAnnotations } from "../../lib/dashboard/text/annotations";
import { hasRightToLeft, isolateBidi, stripBidi } from "../../lib/dashboard/text/bidi";
import { overlaps, placeLabels } from "../../lib/dashboard/geometry/label-placement";
import { EVENT_FONT, layoutAnnotations } from "../../lib/dashboard/geometry/path-annotation-layout";
import { formats } from "../../lib/dashboard/text/format";
import type { Translator } from "../../lib/dashboard/text/labels";
import { textWidth } from "../../lib/dashboard/geometry/text-width";

const TARGETS = [
  { slug: "japan-1pct-ceiling", label: "Japan 1% ceiling (1976)", value: 1, targetYear: null, appliesTo: "JPN" },
  { slug: "nato-wales-2pct", label: "NATO 2% (Wales 2014)", value: 2, targetYear: null, appliesTo: "NATO" },
  { slug: "japan-2pct-fy2027", label: "Japan 2% by FY2027", value: 2, targetYear: 2027, appliesTo: "JPN" },
  { slug: "nato-hague-core-3-5pct", label: "NATO 3.5% core", value: 3.5, targetYear: 2035, appliesTo: "NATO" },
];
const LRI = "\u2066",
  RLI = "\u2067",
  PDI = "\u2069";

describe("text width", () => {
  it("counts CJK characters as wide, Arabic and Latin narrower, isolates as nothing", () => {
    expect(textWidth("日本", 10)).toBe(20);
    expect(textWidth("ab", 10)).toBeLessThan(textWidth("日本", 10));
    expect(textWidth(`${LRI}2027${PDI}`, 10)).toBe(textWidth("2027", 10));
  });
});

describe("placeLabels", () => {
  const req = (key: string, at: number, full: string) => ({ key, at, align: "middle" as const, full, short: key });
  it("stacks colliding labels into rows and keeps them inside the span", () => {
    const out = placeLabels([req("a", 100, "Russia invades Ukraine"), req("b", 110, "Japan security strategy")], {
      min: 0,
      max: 400,
      rows: 2,
      fontSize: 11,
    });
    expect(out.map((p) => [p.key, p.row, p.abbreviated])).toEqual([
      ["a", 0, false],
      ["b", 1, false],
    ]);
    for (const p of out) expect(p.x >= 0 && p.x + p.width <= 400).toBe(true);
  });
  it("falls back to the short text, then leaves a label out, when the rows are full", () => {
    const out = placeLabels(
      [
        req("1", 50, "long label one"),
        req("2", 52, "long label two"),
        req("3", 100, "long label three"),
        req("4", 101, "another one"),
      ],
      { min: 0, max: 200, rows: 2, fontSize: 11 },
    );
    expect(out.find((p) => p.key === "3")).toMatchObject({ text: "3", abbreviated: true });
    for (const a of out) for (const b of out) if (a !== b) expect(overlaps(a, b)).toBe(false);
    const none = placeLabels([req("x", 5, "far too long for the space")], { min: 0, max: 4, rows: 1, fontSize: 11 });
    expect(none).toEqual([]);
  });
});

describe("bidi isolation", () => {
  it("isolates numbers and Latin runs inside an Arabic label and the label itself", () => {
    const goal = "هدف اليابان 2\u200e%\u200e للسنة المالية 2027";
    expect(isolateBidi(goal)).toBe(`${RLI}هدف اليابان ${LRI}2\u200e%\u200e${PDI} للسنة المالية ${LRI}2027${PDI}${PDI}`);
    expect(isolateBidi("الناتو 2٪ (ويلز 2014)")).toBe(`${RLI}الناتو ${LRI}2٪${PDI} (ويلز ${LRI}2014${PDI})${PDI}`);
    expect(isolateBidi("ميزانية NATO FY2025.")).toBe(`${RLI}ميزانية ${LRI}NATO FY2025${PDI}.${PDI}`);
  });
  it("leaves left-to-right and Japanese text alone", () => {
    expect(isolateBidi("Japan goal 2% FY2027")).toBe("Japan goal 2% FY2027");
    expect(isolateBidi("日本の目標 2%(FY2027)")).toBe("日本の目標 2%(FY2027)");
    expect(stripBidi(isolateBidi("تعهد لاهاي 5٪"))).toBe("تعهد لاهاي 5٪");
    expect(hasRightToLeft("abc")).toBe(false);
  });
});

describe("path chart annotations", () => {
  for (const [locale, messages] of Object.entries({ en, ar, ja })) {
    for (const width of [300, 330, 820]) {
      it(`${locale}, plot ${width} px wide: no two labels overlap, every shortened one is in the key`, () => {
        const t = createTranslator({ locale, messages }) as unknown as Translator;
        const a = pathAnnotations(TARGETS, t, locale);
        const f = formats(locale);
        const from = 2014,
          to = 2027;
        const layout = layoutAnnotations({
          plot: { x: 40, width },
          xOf: (y) => 40 + ((y - from) / (to - from)) * width,
          events: a.events,
          lines: a.lines.map((l) => ({ ...l, short: f.target(l.value) })),
          goal: a.japanGoal,
        });
        const events = layout.events.flatMap((e) => (e.label ? [e.label] : []));
        for (const group of [events, ...[1, 2, 3.5].map((v) => layout.lineLabels.filter((l) => l.value === v))])
          for (const x of group)
            for (const y of group) if (x !== y) expect(overlaps(x, y), `${x.text} / ${y.text}`).toBe(false);
        for (const l of [...events, ...layout.lineLabels])
          expect(l.x >= 42 && l.x + l.width <= 40 + width - 2).toBe(true);
        for (const e of layout.events.filter((e) => !e.label || e.label.abbreviated))
          expect(layout.key.map((k) => k.text)).toContain(e.full);
        expect(layout.events).toHaveLength(5);
        if (width >= 820) expect(events.filter((e) => !e.abbreviated).length).toBeGreaterThanOrEqual(4);
        if (locale === "ar") expect(layout.lineLabels.find((l) => l.key === "goal")?.text.startsWith(RLI)).toBe(true);
        expect(EVENT_FONT).toBeGreaterThanOrEqual(10);
      });
    }
  }
});
