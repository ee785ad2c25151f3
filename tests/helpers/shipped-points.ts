import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { Point } from "../../lib/dashboard/series/series";

/** A shipped data file's figures as the queries hand them to lib/dashboard (value in percent of GDP). */
export function shippedPoints(file: string): Point[] {
  const text = readFileSync(path.join(import.meta.dirname, "..", "..", "data", file), "utf8");
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map((r) => ({
    country: r.country!,
    year: Number(r.year),
    value: Number(r.value),
    status: (r.status || "actual") as Point["status"],
    note: r.note || null,
    source: r.source || null,
  }));
}
