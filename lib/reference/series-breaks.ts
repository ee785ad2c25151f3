/**
 * Changes of basis inside a series: figures before and after a break are not comparable as a trend. The change
 * falls between `lastOld` and `firstNew` (the last figure on the old basis and the first on the new one). Their
 * names and explanations, in every language, are the messages `breaks.<id>.label` and `breaks.<id>.explanation`.
 * `appliesTo` names the definitions (datasets) whose series break, or `computed:<measure>` for shares this
 * dashboard computes from Japan's yen amounts.
 */
export interface SeriesBreak {
  id: "japan-supplementary" | "nato-core-defence" | "mod-gnp-to-gdp";
  appliesTo: readonly string[];
  /** the country whose series breaks; null for every country of the dataset */
  country: string | null;
  lastOld: number;
  firstNew: number;
}

/** First fiscal year whose supplementary budget Japan counts in its security-related total (data/SOURCES.md). */
export const SUPPLEMENTARY_COUNTED_FROM = 2025;

export const SERIES_BREAKS: readonly SeriesBreak[] = [
  // Until FY2024 the government counted initial budgets only; FY2025 includes the supplementary (Nov 2025)
  {
    id: "japan-supplementary",
    appliesTo: ["JAPAN_SECURITY_RELATED", "computed:security_related"],
    country: "JPN",
    lastOld: SUPPLEMENTARY_COUNTED_FROM - 1,
    firstNew: SUPPLEMENTARY_COUNTED_FROM,
  },
  // NATO's editions to August 2025 (last year 2025e) use the old definition; the July 2026 edition reports core
  // defence and restates past years on that basis (data/SOURCES.md): 2026 exists only as core defence
  { id: "nato-core-defence", appliesTo: ["NATO"], country: null, lastOld: 2025, firstNew: 2026 },
  // japan-mod-budget.csv: FY1987-FY1997 are shares of GNP (row notes), FY2008 onwards of GDP
  { id: "mod-gnp-to-gdp", appliesTo: ["JAPAN_MOD_BUDGET"], country: "JPN", lastOld: 1997, firstNew: 2008 },
];
