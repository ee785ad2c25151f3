import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";

/** A shipped data file's figures as "ISO3 year" → value text, to check that a publisher-shaped file imports to them. */
export function shippedFigures(file: string): Map<string, string> {
  const text = readFileSync(path.join(import.meta.dirname, "..", "..", "data", file), "utf8");
  const rows = Papa.parse<{ country: string; year: string; value: string }>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  return new Map(rows.map((r) => [`${r.country} ${r.year}`, r.value]));
}

export const publisherFile = (name: string) => path.join(import.meta.dirname, "..", "fixtures", "publishers", name);
