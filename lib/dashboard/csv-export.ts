import Papa from "papaparse";
import type { Point } from "./series";

export interface ExportContext {
  datasetName: string;
  publisher: string;
  definition: string;
  edition: string;
  publishedOn: string | null;
  sourceUrl: string;
  license: string;
  pageUrl: string;
}

/**
 * A spreadsheet formula in a downloaded cell runs when the file is opened (CSV injection); text cells starting
 * with = + - @ tab or CR are prefixed with an apostrophe so they are read as text. Numbers are written by us.
 */
export function neutralizeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * CSV with a citation header (lines starting with #) and one row per figure. Each citation line is one quoted cell
 * that starts with "#": a comma in an edition label, publisher or licence stays inside it, so no cell of the file
 * can start with a formula, and every value in it is neutralized as well.
 */
export function toCsv(points: Point[], names: ReadonlyMap<string, string>, context: ExportContext): string {
  const v = (text: string) => neutralizeCell(text.replace(/[\r\n]+/g, " "));
  const header = [
    `# ${v(context.datasetName)} — ${v(context.publisher)}, edition ${v(context.edition)}${context.publishedOn ? ` (published ${v(context.publishedOn)})` : ""}`,
    `# Definition: ${v(context.definition)}. Values are percent of GDP (2.0 = 2% of GDP).`,
    `# Source: ${v(context.sourceUrl)} — License: ${v(context.license)}`,
    `# Downloaded from: ${v(context.pageUrl)}`,
  ].map((line) => Papa.unparse([[line]], { quotes: true, newline: "\r\n" }));
  const rows = points.map((p) => ({
    country: p.country,
    country_name: neutralizeCell(names.get(p.country) ?? p.country),
    year: p.year,
    value: p.value,
    status: p.status,
    note: neutralizeCell(p.note ?? ""),
    source: neutralizeCell(p.source ?? ""),
  }));
  return `${header.join("\r\n")}\r\n${Papa.unparse(rows, { newline: "\r\n", columns: ["country", "country_name", "year", "value", "status", "note", "source"] })}\r\n`;
}
