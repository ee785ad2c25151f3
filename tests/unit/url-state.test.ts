import { describe, expect, it } from "vitest";
import { formats } from "../../lib/dashboard/text/format";
import {
  DEFAULT_STATE,
  type DashboardState,
  parseState,
  SELECTABLE_YEARS,
  serializeState,
  YEAR_CEILING,
  YEAR_FLOOR,
  yearLabel,
} from "../../lib/dashboard/state/url-state";

// each dataset's newest year, as the database says: SIPRI's April 2026 edition ends in 2025, NATO's July 2026 in 2026e
const newestYears = { nato: 2026, sipri: 2025, "japan-security-related": 2027 };
const known = {
  datasets: ["nato", "sipri", "japan-security-related"],
  countries: new Set(["JPN", "POL", "DEU", "USA", "GBR", "KOR", "FRA", "LTU"]),
  newestYears,
};
/** The default view of a dataset: its range ends at the dataset's newest year. */
const defaults = (dataset: keyof typeof newestYears = "sipri"): DashboardState => ({
  ...DEFAULT_STATE,
  dataset,
  to: newestYears[dataset],
  latest: newestYears[dataset],
});
const query = (q: string) => Object.fromEntries(new URLSearchParams(q));

describe("dashboard URL state", () => {
  it.each<[string, Partial<DashboardState>]>([
    ["", {}],
    ["?countries=JPN~POL~DEU~USA", { countries: ["JPN", "POL", "DEU", "USA"] }],
    ["?from=2000&to=2024", { from: 2000, to: 2024 }],
    ["?dataset=nato", defaults("nato")],
    ["?to=2024&dataset=nato", { ...defaults("nato"), to: 2024 }],
    ["?view=ranking&year=2024", { view: "ranking", year: 2024 }],
    [
      "?countries=JPN~LTU&from=1990&to=2035&dataset=japan-security-related&view=definitions",
      { ...defaults("japan-security-related"), countries: ["JPN", "LTU"], from: 1990, to: 2035, view: "definitions" },
    ],
    ["?dataset=nato&v=12", { ...defaults("nato"), edition: 12 }],
    ["?view=outlook", { view: "outlook" }],
    [
      "?countries=KOR~JPN&view=outlook&sc=KOR&gdp=3.4&spend=7.7",
      { countries: ["KOR", "JPN"], view: "outlook", scenarioCountry: "KOR", gdpGrowth: 3.4, spendingGrowth: 7.7 },
    ],
    ["?view=outlook&gdp=-2.5&spend=0", { view: "outlook", gdpGrowth: -2.5, spendingGrowth: 0 }],
    ["?prev=1", { previousEdition: true }],
    [
      "?dataset=nato&view=table&rev=POL-2024",
      { ...defaults("nato"), view: "table", revision: { country: "POL", year: 2024 } },
    ],
  ])("round-trips %s", (q, overrides) => {
    const state = { ...defaults(), ...overrides };
    expect(serializeState(state)).toBe(q);
    expect(parseState(query(q), known)).toEqual(state);
  });

  it.each([
    ["countries=XXX~<script>", "countries", DEFAULT_STATE.countries],
    ["from=abc", "from", DEFAULT_STATE.from],
    ["to=99999", "to", newestYears.sipri],
    ["dataset=../../etc", "dataset", DEFAULT_STATE.dataset],
    ["view=pie", "view", DEFAULT_STATE.view],
    ["year=1800", "year", null],
    ["v=abc", "edition", null],
    ["v=-3", "edition", null],
    ["sc=ZZZ", "scenarioCountry", null],
    ["gdp=abc", "gdpGrowth", null],
    ["gdp=31", "gdpGrowth", null],
    ["gdp=1e3", "gdpGrowth", null],
    ["spend=-51", "spendingGrowth", null],
    ["spend=Infinity", "spendingGrowth", null],
    ["prev=yes", "previousEdition", false],
    ["rev=POL-1800", "revision", null],
    ["rev=ZZZ-2024", "revision", null],
    ["rev=POL2024", "revision", null],
  ])("falls back to the default for invalid %s", (q, key, expected) => {
    expect(parseState(query(q), known)[key as keyof DashboardState]).toEqual(expected);
  });

  it("accepts lowercase codes and '+' or ',' separators, drops unknown and repeated codes", () => {
    expect(parseState(query("countries=jpn+pol,JPN~ZZZ"), known).countries).toEqual(["JPN", "POL"]);
  });

  it("ends the default range at the dataset's newest year, and keeps a link's explicit years", () => {
    expect(parseState(query("dataset=nato&view=ranking"), known)).toMatchObject({ to: 2026, year: null, latest: 2026 });
    expect(parseState(query("dataset=nato&to=2025"), known)).toMatchObject({ to: 2025, latest: 2026 });
    expect(serializeState(parseState(query("dataset=nato&to=2025"), known))).toBe("?to=2025&dataset=nato");
    // a new edition with a newer year moves the default view, never a link that names its years
    const later = { ...known, newestYears: { ...newestYears, nato: 2027 } };
    expect(parseState(query("dataset=nato"), later).to).toBe(2027);
    expect(parseState(query("dataset=nato&to=2026"), later).to).toBe(2026);
    // a dataset without figures ends at the last selectable year
    expect(parseState(query("dataset=nato"), { ...known, newestYears: {} }).to).toBe(YEAR_CEILING);
  });

  it("keeps a rate to one decimal, and reads codes in any case", () => {
    expect(parseState(query("gdp=3.46&spend=-0.04&sc=kor&rev=pol-2024"), known)).toMatchObject({
      gdpGrowth: 3.5,
      spendingGrowth: 0,
      scenarioCountry: "KOR",
      revision: { country: "POL", year: 2024 },
    });
  });

  it("swaps a reversed year range", () => {
    expect(parseState(query("from=2024&to=2010"), known)).toMatchObject({ from: 2010, to: 2024 });
  });
});

describe("the selectable years and their labels", () => {
  it("runs from YEAR_FLOOR to YEAR_CEILING, and a year's label is the one written for it", () => {
    expect([SELECTABLE_YEARS[0], SELECTABLE_YEARS.at(-1), SELECTABLE_YEARS.length]).toEqual([
      YEAR_FLOOR,
      YEAR_CEILING,
      YEAR_CEILING - YEAR_FLOOR + 1,
    ]);
    for (const locale of ["en", "ar", "ja"]) {
      const f = formats(locale);
      const labels = SELECTABLE_YEARS.map(f.year);
      for (const year of [YEAR_FLOOR, 2014, 2025, YEAR_CEILING]) expect(yearLabel(labels, year)).toBe(f.year(year));
    }
  });
});
