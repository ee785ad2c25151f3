import Papa from "papaparse";
import type { Point } from "../series/series";
import { UNIT_SENTENCES, type Unit } from "../../reference/units";

export interface ExportContext {
  datasetName: string;
  publisher: string;
  definition: string;
  /** what the values are; unset = percent of GDP */
  unit?: Unit;
  edition: string;
  publishedOn: string | null;
  sourceUrl: string;
  license: string;
  pageUrl: string;
  /** an update edition: how many of its figures are carried unchanged from the edition it updates, and that edition */
  carried?: { count: number; from: string } | null;
}

/**
 * A spreadsheet formula in a downloaded cell runs when the file is opened (CSV injection); text cells starting
 * with = + - @ tab or CR are prefixed with an apostrophe so they are read as text. Numbers are written by us.
 */
export function neutralizeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A share this dashboard computed from published amounts: marked in the `computed` column, with its formula. */
export interface ComputedCsvRow {
  country: string;
  year: number;
  value: number;
  status: string;
  /** what was divided by what, in the reader's language ("Security-related total, share of FY2022 GDP") */
  label: string;
  /** the reader's word for "computed" */
  marker: string;
  formula: string;
  sources: string[];
}

// On the first line, so a reader skipping the four citation lines still finds the figures where they were.
const carriedText = (carried: ExportContext["carried"], v: (text: string) => string) =>
  carried
    ? `; it updates edition ${v(carried.from)}: ${carried.count} of its figures are carried unchanged from that edition, each with its note and source`
    : "";

const COLUMNS = ["country", "country_name", "year", "value", "status", "note", "source", "computed", "formula"];

/**
 * CSV with a citation header (lines starting with #) and one row per figure; after the publisher's figures, any
 * shares computed here, each marked in the `computed` column with its formula. Each citation line is one quoted cell
 * that starts with "#": a comma in an edition label, publisher or licence stays inside it, so no cell of the file
 * can start with a formula, and every value in it is neutralized as well.
 */
export function toCsv(
  points: Point[],
  names: ReadonlyMap<string, string>,
  context: ExportContext,
  computed: ComputedCsvRow[] = [],
): string {
  const v = (text: string) => neutralizeCell(text.replace(/[\r\n]+/g, " "));
  const header = [
    `# ${v(context.datasetName)} — ${v(context.publisher)}, edition ${v(context.edition)}${context.publishedOn ? ` (published ${v(context.publishedOn)})` : ""}${carriedText(context.carried, v)}`,
    `# Definition: ${v(context.definition)}. ${UNIT_SENTENCES[context.unit ?? "percent_of_gdp"]}`,
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
    computed: "",
    formula: "",
  }));
  const shares = computed.map((c) => ({
    country: c.country,
    country_name: neutralizeCell(names.get(c.country) ?? c.country),
    year: c.year,
    value: Math.round(c.value * 10_000) / 10_000,
    status: c.status,
    note: neutralizeCell(c.label),
    source: neutralizeCell(c.sources.join(" ; ")),
    computed: neutralizeCell(c.marker),
    formula: neutralizeCell(c.formula),
  }));
  return `${header.join("\r\n")}\r\n${Papa.unparse([...rows, ...shares], { newline: "\r\n", columns: COLUMNS })}\r\n`;
}
