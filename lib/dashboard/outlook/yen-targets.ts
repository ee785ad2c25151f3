// What a share of GDP means in yen for Japan: the FY2022 GDP the National Security Strategy fixed as its
// denominator (≈¥560.2T), and each fiscal year's own GDP (published, or projected at a growth rate). Amounts
// in billions of yen, as data/japan-gdp.csv stores them.

export interface GdpYear {
  fiscalYear: number;
  gdpJpyBn: number;
  kind: "actual" | "estimate" | "forecast" | "projection";
}

export interface YenAmount {
  /** percent of GDP */
  share: number;
  basis: GdpYear;
  amountJpyBn: number;
}

/** `share` percent of each GDP figure, in billions of yen. */
export function yenFor(share: number, gdp: GdpYear[]): YenAmount[] {
  return gdp.map((basis) => ({ share, basis, amountJpyBn: (basis.gdpJpyBn * share) / 100 }));
}

/**
 * The published GDP figures, then the years after the newest up to `toYear`, projected from the newest at
 * `growth` percent a year (kind "projection"). One figure per fiscal year: the first given for it is kept.
 */
export function gdpThrough(published: GdpYear[], growth: number, toYear: number): GdpYear[] {
  const byYear = new Map<number, GdpYear>();
  for (const g of [...published].sort((a, b) => a.fiscalYear - b.fiscalYear))
    if (!byYear.has(g.fiscalYear)) byYear.set(g.fiscalYear, g);
  const newest = [...byYear.values()].at(-1);
  if (!newest) return [];
  for (let year = newest.fiscalYear + 1; year <= toYear; year++)
    byYear.set(year, {
      fiscalYear: year,
      gdpJpyBn: newest.gdpJpyBn * (1 + growth / 100) ** (year - newest.fiscalYear),
      kind: "projection",
    });
  return [...byYear.values()];
}
