import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { z } from "zod";
import { ZImportOptions } from "./import-options";
import { formatIssue } from "../csv/issues";
import type { ParsedObservation } from "../csv/observations";
import { parseObservations } from "../csv/parse";
import { INDO_PACIFIC_PARTNERS, NATO_ACCESSION } from "../reference/memberships";
import type { Unit } from "../reference/units";
import type { TManifest } from "./shipped-manifest";

/** The countries the dashboard charts: Japan and NATO's other Indo-Pacific partners, and every NATO ally. */
export const CHARTED_COUNTRIES: ReadonlySet<string> = new Set([
  ...INDO_PACIFIC_PARTNERS,
  ...Object.keys(NATO_ACCESSION),
]);

/**
 * One shipped file and the publisher's file it is built from (data/build.json). `read` takes the importer's own
 * choices (--sheet, --measure, --unit), so adding a measure or a sheet is one more entry.
 */
const ZRecipe = z.object({
  output: z.string().regex(/^[a-z0-9-]+\.csv$/),
  /** under ../shared/datasets */
  input: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  read: ZImportOptions.pick({ sheet: true, measure: true, unit: true }).default({}),
  /** decimals to round to, half up, as an earlier edition was shipped; unset = the value as the importer reads it */
  round: z.number().int().min(0).max(6).optional(),
  /** the citation every row carries */
  source: z.string().min(20),
});
const ZBuild = z.object({ files: z.array(ZRecipe).min(1) });
export type TRecipe = z.infer<typeof ZRecipe>;

export async function readBuild(dataDir: string): Promise<TRecipe[]> {
  return ZBuild.parse(JSON.parse(await readFile(path.join(dataDir, "build.json"), "utf8"))).files;
}

/** The unit of the dataset whose edition `output` is (manifest.json); a file no dataset lists is refused. */
export function unitOfShippedFile(manifest: TManifest, output: string): Unit {
  const dataset = manifest.datasets.find((d) => d.editions.some((e) => e.file === output));
  if (!dataset) throw new Error(`data/build.json builds ${output}, which no dataset in data/manifest.json lists`);
  return dataset.unit;
}

/** Decimal text rounded half up to `places`, exactly (no floating point): "1.37139" → "1.3714". */
export function roundDecimal(text: string, places: number): string {
  const [int = "0", frac = ""] = text.split(".");
  const digits = (int + frac.padEnd(places + 1, "0")).split("").map(Number);
  const keep = int.length + places;
  let carry = digits[keep]! >= 5 ? 1 : 0;
  const kept = digits.slice(0, keep);
  for (let i = kept.length - 1; i >= 0 && carry; i--) {
    kept[i]! += 1;
    carry = kept[i]! === 10 ? 1 : 0;
    if (carry) kept[i] = 0;
  }
  const all = `${carry ? "1" : ""}${kept.join("")}`;
  const split = all.length - places;
  return places === 0 ? all : `${all.slice(0, split) || "0"}.${all.slice(split)}`;
}

export interface BuiltFile {
  csv: string;
  rows: number;
  /** rows of the publisher's file the importer read, and the countries among them */
  observations: number;
  countries: number;
}

/**
 * A shipped file built from the publisher's file with the importer's own reader: the charted countries' figures,
 * sorted, each with the recipe's citation. Refuses a publisher's file that is not the one recorded, or that the
 * importer would refuse.
 */
export async function buildShippedFile(
  recipe: TRecipe,
  datasetsDir: string,
  /** the unit of the dataset the file is an edition of (manifest.json), which bounds its figures as the import does */
  quantity: Unit = "percent_of_gdp",
): Promise<BuiltFile> {
  const input = path.join(datasetsDir, recipe.input);
  const sha256 = createHash("sha256")
    .update(await readFile(input))
    .digest("hex");
  if (sha256 !== recipe.sha256)
    throw new Error(`${recipe.input}: sha256 ${sha256}, not the ${recipe.sha256} data/build.json records`);
  const figures: ParsedObservation[] = [];
  const parse = await parseObservations(recipe.input, createReadStream(input), (b) => void figures.push(...b), {
    ...recipe.read,
    quantity,
  });
  if (parse.errorCount > 0) throw new Error(`${recipe.input} is refused:\n${parse.errors.map(formatIssue).join("\n")}`);
  const kept = figures
    .filter((o) => CHARTED_COUNTRIES.has(o.country))
    .sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
  const rows = kept.map((o) => ({
    country: o.country,
    year: o.year,
    value: recipe.round === undefined ? o.value : roundDecimal(o.value, recipe.round),
    status: o.status,
    note: o.note ?? "",
    source: recipe.source,
  }));
  const csv = `${Papa.unparse(rows, { columns: ["country", "year", "value", "status", "note", "source"], newline: "\n" })}\n`;
  return {
    csv,
    rows: rows.length,
    observations: parse.observations,
    countries: new Set(kept.map((o) => o.country)).size,
  };
}
