import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "../../messages/ar.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { describeRanking, type Translate } from "../../lib/dashboard/text/describe";
import { type Point, rankCountries } from "../../lib/dashboard/series/series";
import { isNatoAlly } from "../../lib/reference/memberships";

const messages = { en, ar, ja };
const p = (country: string, year: number, value: number): Point => ({
  country,
  year,
  value,
  status: "estimate",
  note: null,
  source: null,
});
// NATO's June 2024 Table 3, 2024e (data/nato-2024.csv), and SIPRI's 2024 figures for the partners drawn beside it
const nato2024 = Papa.parse<Record<string, string>>(readFileSync("data/nato-2024.csv", "utf8"), {
  header: true,
  skipEmptyLines: true,
})
  .data.filter((r) => r.year === "2024")
  .map((r) => p(r.country!, 2024, Number(r.value)));
const partners = [p("KOR", 2024, 2.57), p("JPN", 2024, 1.37), p("AUS", 2024, 1.88), p("NZL", 2024, 1.1)].map((x) => ({
  ...x,
  comparator: true,
}));

describe("ranking headline counts allies only", () => {
  const ranking = rankCountries([...nato2024, ...partners], 2024, new Map(), [2, 3.5], isNatoAlly);

  it("ranks the 35 countries but counts 23 of 31 allies at or above 2%, as NATO published", () => {
    expect(ranking.ranked).toHaveLength(35);
    expect([ranking.allies, ranking.partners, ranking.meeting[2]]).toEqual([31, 4, 23]);
    // South Korea is above 2% and ranked, marked as a partner
    expect(ranking.ranked.find((r) => r.country === "KOR")).toMatchObject({ ally: false, comparator: true });
  });

  it("counts a partner in a dataset that covers it (SIPRI) as a partner, not an ally", () => {
    const sipri = rankCountries(
      [p("POL", 2024, 4.2), p("KOR", 2024, 2.6), p("JPN", 2024, 1.4), p("ESP", 2024, 1.3)],
      2024,
      new Map(),
      [2],
      isNatoAlly,
    );
    expect([sipri.allies, sipri.partners, sipri.meeting[2]]).toEqual([2, 2, 1]);
    expect(sipri.ranked.every((r) => !r.comparator)).toBe(true);
  });

  it.each([
    [
      "en",
      "Ranking of 35 countries by defense spending as a share of GDP in 2024: 23 of 31 allies at or above 2%. Partners shown for comparison (4) are not counted among the allies. Source: NATO, June 2024.",
    ],
    [
      "ja",
      "2024年の防衛費のGDP比による35か国のランキング:同盟国31か国中23か国が2%以上。比較のために表示したパートナー国(4か国)は同盟国に数えていません。出典:NATO, June 2024。",
    ],
  ])("says so in the chart description (%s)", (locale, text) => {
    const t = createTranslator({
      locale,
      messages: messages[locale as "en" | "ja"],
      namespace: "describe",
    }) as Translate;
    expect(describeRanking(ranking, 2, "NATO, June 2024", t, locale)).toBe(text);
  });

  it("says so in Arabic with the locale's numbers", () => {
    const t = createTranslator({ locale: "ar", messages: ar, namespace: "describe" }) as Translate;
    expect(describeRanking(ranking, 2, "NATO", t, "ar")).toContain(
      `23 من 31 دولة حليفة عند ${new Intl.NumberFormat("ar", { style: "percent" }).format(0.02)}`,
    );
  });
});
