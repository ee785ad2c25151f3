// When the edition shown lacks figures its previous edition has (a partial release), the page offers the previous
// edition for those years: never mixed into the chart, only linked.

export interface EarlierYears {
  edition: { id: number; label: string };
  /** per country, the years the previous edition has and the edition shown lacks */
  years: Record<string, number[]>;
}

export interface EarlierCoverage {
  edition: { id: number; label: string };
  /** first and last such year, for the countries and range shown */
  from: number;
  to: number;
}

export function earlierCoverage(
  earlier: EarlierYears | null,
  countries: string[],
  from: number,
  to: number,
): EarlierCoverage | null {
  if (!earlier) return null;
  const years = countries.flatMap((c) => earlier.years[c] ?? []).filter((y) => y >= from && y <= to);
  return years.length > 0 ? { edition: earlier.edition, from: Math.min(...years), to: Math.max(...years) } : null;
}

/** The years a previous edition has and the shown one lacks, per country (both editions' figures as keys). */
export function missingFromShown(
  previous: { country: string; year: number }[],
  shown: { country: string; year: number }[],
): Record<string, number[]> {
  const have = new Set(shown.map((p) => `${p.country}:${p.year}`));
  const years: Record<string, number[]> = {};
  for (const p of previous) if (!have.has(`${p.country}:${p.year}`)) (years[p.country] ??= []).push(p.year);
  return years;
}
