/**
 * Figures a publisher left out on purpose, with the reason (message `gaps.<reason>`): the dashboard says why where
 * the figure would be, instead of a bare "no figure".
 */
export interface KnownGap {
  dataset: string;
  edition: string;
  country: string;
  year: number;
  reason: "germany-2025-budget";
}

export const KNOWN_GAPS: readonly KnownGap[] = [
  // NATO's August 2025 Table 3 has no Germany 2025e: the federal budget was not yet approved (data/SOURCES.md)
  { dataset: "nato", edition: "August 2025", country: "DEU", year: 2025, reason: "germany-2025-budget" },
];

export function knownGapsFor(dataset: string, edition: string): KnownGap[] {
  return KNOWN_GAPS.filter((g) => g.dataset === dataset && g.edition === edition);
}
