import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { DEFAULT_STATE, type DashboardState, type SearchParams } from "../../lib/dashboard/state/url-state";
import type { Translator } from "../../lib/dashboard/text/labels";
import { pageTitle } from "../../lib/dashboard/text/page-title";
import { buildDashboardView, type DashboardFacts } from "../../lib/dashboard/view/dashboard-view";
import type { CountryOption, LoadedDataset, StoredEdition } from "../../lib/dashboard/view/inputs";
import { buildRanking, comparatorSource, partnersLacking, rankedYear } from "../../lib/dashboard/view/ranking";
import { countryOptions, editionsOffered, requestedEdition, resolveView } from "../../lib/dashboard/view/resolve-view";
import { countryName } from "../../lib/reference/countries";
import { REFERENCE_TARGETS } from "../../lib/reference/targets";
import { shippedPoints } from "../helpers/shipped-points";

// The dashboard's page model as plain functions of what the queries read: the shipped files stand in for the
// database's answers (the integration and e2e suites read the same through the real queries).

const dataset = (
  slug: string,
  definition: string,
  id: number,
  label: string,
  publishedOn: string,
  unit: LoadedDataset["unit"] = "percent_of_gdp",
): LoadedDataset => ({
  slug,
  name: `${slug} dataset`,
  publisher: definition,
  definition,
  unit,
  license: "",
  sourceUrl: "",
  description: "",
  currentEdition: { id, label, publishedOn, loadedAt: "", rows: 0, sha256: "", note: null },
});
const nato = dataset("nato", "NATO", 2, "August 2025", "2025-08-28");
const sipri = dataset("sipri", "SIPRI", 5, "April 2026", "2026-04-27");
const june2024 = { id: 1, label: "June 2024", publishedOn: "2024-06-17" };
const loaded = [nato, sipri];
const nato2025 = shippedPoints("nato-2025.csv");
const sipri2025 = shippedPoints("sipri.csv");
const t = createTranslator({ locale: "en", messages: en }) as unknown as Translator;
const names = (codes: string[]) => new Map(codes.map((c) => [c, countryName(c, "en")]));
const options: CountryOption[] = countryOptions(
  [...new Set([...nato2025, ...sipri2025].map((p) => p.country))].map((iso3) => ({ iso3, name: iso3, groups: [] })),
  "en",
);
const state = (overrides: Partial<DashboardState>): DashboardState => ({ ...DEFAULT_STATE, to: 2025, ...overrides });

describe("which edition a dashboard link shows", () => {
  const resolve = (params: SearchParams, pinned: StoredEdition | null) =>
    resolveView(params, {
      loaded,
      countries: options,
      newestYears: { nato: 2025, sipri: 2025 },
      requested: requestedEdition(params, loaded).dataset,
      pinned,
    });

  it("reads the dataset and the pinned edition the link asks for, the default dataset otherwise", () => {
    expect(requestedEdition({ dataset: "nato", v: "1" }, loaded)).toEqual({ dataset: nato, edition: 1 });
    expect(requestedEdition({ dataset: "nope", v: "2147483648" }, loaded)).toEqual({ dataset: sipri, edition: null });
  });

  it("shows a pinned edition the database has, and names it in the state", () => {
    const shown = resolve({ dataset: "nato", v: "1" }, june2024);
    expect([shown.state.edition, shown.edition, shown.dataset.slug]).toEqual([1, june2024, "nato"]);
  });

  it("shows the current edition for a pin the database lacks, and drops the pin from the state", () => {
    const shown = resolve({ dataset: "nato", v: "99" }, null);
    expect([shown.state.edition, shown.edition]).toEqual([
      null,
      { id: 2, label: "August 2025", publishedOn: "2025-08-28" },
    ]);
  });

  it("ends the range at the dataset's newest year unless the link says otherwise", () => {
    expect(resolve({ dataset: "nato" }, null).state.to).toBe(2025);
    expect(resolve({ dataset: "nato", to: "2030" }, null).state.to).toBe(2030);
  });

  it("offers the countries of every current edition and of the pinned one, each once", () => {
    expect(editionsOffered(loaded, june2024)).toEqual([2, 5, 1]);
    expect(editionsOffered(loaded, { ...june2024, id: 5 })).toEqual([2, 5]);
  });

  it("names the picker's countries in the reader's language, sorted as it sorts", () => {
    const ja = countryOptions(
      [
        { iso3: "JPN", name: "Japan", groups: [] },
        { iso3: "USA", name: "", groups: [] },
      ],
      "ja",
    );
    expect(ja.map((c) => c.name)).toEqual([countryName("USA", "ja"), countryName("JPN", "ja")]);
  });
});

describe("the ranking built from an edition's figures and SIPRI's for the partners", () => {
  const ranked = state({ view: "ranking", countries: ["JPN", "DEU", "POL"] });
  const year = rankedYear(ranked, nato2025)!;
  const lacking = partnersLacking(nato2025, year);
  // SIPRI's 2025 figures for the partners, as getComparatorFigures would read them (New Zealand left out)
  const comparators = {
    points: shippedPoints("sipri-2026.csv").filter((p) => ["JPN", "KOR", "AUS"].includes(p.country)),
    editions: ["April 2026"],
  };
  const ranking = buildRanking({
    state: ranked,
    year,
    figures: nato2025,
    comparators,
    targets: REFERENCE_TARGETS,
    names: names(["JPN", "KOR", "AUS"]),
  });

  it("ranks the latest year, and the partners NATO has no figures for", () => {
    expect(year).toBe(2025);
    expect(lacking).toEqual(["AUS", "JPN", "KOR", "NZL"]);
    expect(rankedYear({ ...ranked, year: 2020 }, nato2025)).toBe(2020);
    expect(rankedYear({ ...ranked, year: 1990 }, nato2025)).toBe(2025);
  });

  it("marks SIPRI's figures as comparators, by a field, and never counts them among the allies", () => {
    const partners = ranking.ranked.filter((r) => r.comparator);
    expect(partners.map((r) => r.country).sort()).toEqual(["AUS", "JPN", "KOR"]);
    expect(partners.every((r) => !r.ally)).toBe(true);
    expect(ranking.ranked.filter((r) => !r.comparator).every((r) => r.ally)).toBe(true);
    expect([ranking.allies, ranking.partners]).toEqual([30, 3]);
    expect(ranking.comparatorEditions).toEqual(["April 2026"]);
  });

  it("names the partner with no figure anywhere, and the chosen ally NATO left out (Germany 2025)", () => {
    expect(ranking.absent).toEqual(["NZL"]);
    expect(ranking.unranked).toEqual(["DEU"]);
  });

  it("takes the partners' figures from SIPRI unless SIPRI's dataset is the one ranked", () => {
    expect(comparatorSource(loaded, nato)).toBe(sipri);
    expect(comparatorSource(loaded, sipri)).toBeNull();
    expect(comparatorSource([nato], nato)).toBeNull();
  });
});

describe("the dashboard's page model", () => {
  const facts = (overrides: Partial<DashboardFacts>): DashboardFacts => ({
    state: state({}),
    datasets: loaded,
    newestYears: { nato: 2025, sipri: 2025 },
    dataset: sipri,
    edition: { id: 5, label: "April 2026", publishedOn: "2026-04-27" },
    countries: options,
    targets: [...REFERENCE_TARGETS],
    points: sipri2025.filter((p) => DEFAULT_STATE.countries.includes(p.country) && p.year >= 2014 && p.year <= 2025),
    earlierYears: null,
    ranking: null,
    definitions: null,
    ...overrides,
  });

  it("describes the path view from its figures and says nothing of a newer edition when the current is shown", () => {
    const view = buildDashboardView(facts({}), t, "en");
    expect(view.description).toBe(view.path.description);
    expect(view.description).toContain("Japan");
    expect(view.newerEdition).toBeNull();
    expect(view.path.tracker.map((p) => p.country)).toEqual(DEFAULT_STATE.countries);
  });

  it("measures a dataset in another unit by its own goals: 20% for NATO's equipment share, none in US$", () => {
    const equipmentPoints = shippedPoints("nato-equipment-2026.csv");
    const equipment = dataset(
      "nato-equipment",
      "NATO_CORE",
      7,
      "July 2026",
      "2026-07-07",
      "percent_of_defence_expenditure",
    );
    const pick = (points: typeof equipmentPoints) =>
      points.filter((p) => ["POL", "DEU", "USA"].includes(p.country) && p.year >= 2014 && p.year <= 2026);
    const shown = buildDashboardView(
      facts({
        state: state({ dataset: "nato-equipment", countries: ["POL", "DEU", "USA"], to: 2026 }),
        datasets: [...loaded, equipment],
        dataset: equipment,
        edition: { id: 7, label: "July 2026", publishedOn: "2026-07-07" },
        points: pick(equipmentPoints),
      }),
      t,
      "en",
    );
    expect(shown.targets.map((g) => g.slug)).toEqual(["nato-wales-equipment-20pct"]);
    expect(shown.path.tracker[0]!.targets.map((g) => g.value)).toEqual([20]);
    // "Of the 3 others shown, Poland spends the most: 55.91% in 2026." — a share, never said to be of GDP
    expect(shown.description).toContain("Poland spends the most: 55.91% in 2026");
    expect(shown.description).not.toContain("GDP");

    const usd = dataset("sipri-usd", "SIPRI", 8, "April 2026", "2026-04-27", "usd_constant_2024_millions");
    const dollars = buildDashboardView(
      facts({
        state: state({ dataset: "sipri-usd" }),
        datasets: [...loaded, usd],
        dataset: usd,
        edition: { id: 8, label: "April 2026", publishedOn: "2026-04-27" },
        points: shippedPoints("sipri-usd-2026.csv").filter(
          (p) => DEFAULT_STATE.countries.includes(p.country) && p.year >= 2014 && p.year <= 2025,
        ),
      }),
      t,
      "en",
    );
    expect(dollars.targets).toEqual([]);
    // SIPRI's Japan 2014 and 2025 in constant 2024 US$ millions, written as amounts
    expect(dollars.description).toMatch(
      /^Japan's military spending in constant 2024 US dollars went from \$\d+(\.\d)?B in 2014 to \$59\.5B in 2025\./,
    );
    expect(dollars.description).toContain("United States spends the most: $929B in 2025");
  });

  it("names the current edition when a pinned, older one is shown, and that edition's known gaps", () => {
    const view = buildDashboardView(
      facts({
        state: state({ dataset: "nato", edition: 1 }),
        dataset: { ...nato, currentEdition: { ...nato.currentEdition, id: 3, label: "July 2026" } },
        edition: { id: 2, label: "August 2025", publishedOn: "2025-08-28" },
        points: nato2025,
      }),
      t,
      "en",
    );
    expect(view.newerEdition).toBe("July 2026");
    expect(view.gaps).toMatchObject([{ country: "DEU", year: 2025, reason: "germany-2025-budget" }]);
    expect(view.path.gaps).toMatchObject([{ country: "DEU", year: 2025, text: en.gaps["germany-2025-budget"] }]);
  });

  it("names the editions in the reader's language, and still finds the gaps the stored label keys", () => {
    const view = buildDashboardView(
      facts({
        state: state({ dataset: "nato", edition: 2 }),
        dataset: {
          ...nato,
          currentEdition: { ...nato.currentEdition, id: 3, label: "July 2026", publishedOn: "2026-07-07" },
        },
        edition: { id: 2, label: "August 2025", publishedOn: "2025-08-28" },
        points: nato2025,
      }),
      createTranslator({ locale: "ja", messages: ja }) as unknown as Translator,
      "ja",
    );
    expect([view.edition.label, view.newerEdition]).toEqual(["2025年8月", "2026年7月"]);
    expect(view.gaps).toMatchObject([{ country: "DEU", year: 2025 }]);
  });

  it("describes the ranking view by its ranking, and the definitions view by the definitions shown", () => {
    const ranked = state({ view: "ranking" });
    const ranking = buildRanking({
      state: ranked,
      year: 2025,
      figures: nato2025,
      comparators: { points: [], editions: [] },
      targets: REFERENCE_TARGETS,
      names: new Map(),
    });
    const rankingView = buildDashboardView(
      facts({ state: ranked, dataset: nato, edition: { id: 2, label: "August 2025", publishedOn: null }, ranking }),
      t,
      "en",
    );
    expect(rankingView.description).toMatch(/^Ranking of 30 countries .* in 2025: \d+ of 30 allies at or above 2%/);
    expect(rankingView.description).toContain("August 2025");

    const definitions = buildDashboardView(
      facts({
        state: state({ view: "definitions", countries: ["JPN", "POL"] }),
        definitions: {
          country: "JPN",
          series: [{ dataset: sipri, edition: { id: 5, label: "April 2026" }, earlier: false, points: [] }],
          shares: [],
        },
      }),
      t,
      "en",
    );
    expect(definitions.description).toBe(
      t("dashboard.definitionsDescription", { country: "Japan", definitions: en.datasets.sipri.name }),
    );
  });
});

type TitleTranslate = Parameters<typeof pageTitle>[2];

describe("the page title, one builder for the server and the browser", () => {
  const title = (s: DashboardState, locale: "en" | "ja") =>
    pageTitle(
      s,
      (c) => countryName(c, locale),
      createTranslator({ locale, messages: locale === "en" ? en : ja, namespace: "dashboard" }) as TitleTranslate,
      locale,
    );

  it("names the view, the countries and the years, in the reader's language", () => {
    expect(title(state({ countries: ["JPN", "POL"] }), "en")).toBe("Path to 2%: Japan, Poland 2014–2025");
    expect(title(state({ countries: ["JPN", "POL"], view: "ranking" }), "ja")).toContain("日本");
  });

  it("names one country in the definitions view, which shows one", () => {
    expect(title(state({ countries: ["JPN", "POL"], view: "definitions" }), "en")).toMatch(/: Japan 2014–2025$/);
  });
});
