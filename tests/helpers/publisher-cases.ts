import { shippedFigures } from "./shipped-figures";

/**
 * Each publisher-shaped file, what to pass with it, and the shipped figures it must import to (the files were written
 * from them by tests/fixtures/publishers/make-files.ts). Shared by the CLI, API and browser tests.
 */
export const PUBLISHER_CASES: { file: string; args: Record<string, string>; figures: number; truth: string }[] = [
  { file: "sipri-share-of-gdp.csv", args: { unit: "fraction" }, figures: 35, truth: "sipri.csv" },
  { file: "nato-table3.csv", args: {}, figures: 27, truth: "nato-2025.csv" },
  { file: "japanese-shift-jis.csv", args: {}, figures: 4, truth: "sipri.csv" },
  { file: "long-fractions.csv", args: { unit: "fraction" }, figures: 35, truth: "sipri.csv" },
  { file: "arabic-windows-1256.csv", args: {}, figures: 4, truth: "sipri.csv" },
  { file: "sipri-milex.xlsx", args: {}, figures: 35, truth: "sipri.csv" },
  { file: "nato-def-exp.xlsx", args: {}, figures: 27, truth: "nato-2025.csv" },
];

/** Checks a map of imported figures ("ISO3 year" → value) against the shipped file the case was written from. */
export function mismatches(figures: Map<string, number>, truth: string): string[] {
  const expected = shippedFigures(truth);
  return [...figures]
    .filter(([key, value]) => value !== Number(expected.get(key)))
    .map(([key, value]) => `${key}: ${value} ≠ ${expected.get(key)}`);
}
