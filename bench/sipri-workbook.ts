// SIPRI's own workbook (../shared/datasets, 922 KB, ten sheets) against its Share of GDP sheet saved as CSV, each
// parsed by the importer's reader in its own process, alternately (median of 3 × 5 runs after a warm-up); peak RSS
// of each process. Target: the workbook no slower than 4× the CSV, with flat memory.
// `node --import tsx bench/sipri-workbook.ts` runs it alone.
import { execFileSync, spawnSync } from "node:child_process";
import { createReadStream, existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { readHead } from "../lib/csv/readers/source-record";
import { openWorkbook } from "../lib/csv/readers/xlsx-records";

export const SIPRI_WORKBOOK = path.resolve(
  "..",
  "shared",
  "datasets",
  "sipri-2026",
  "SIPRI-Milex-data-1949-2025_v1.2.xlsx",
);

/** A workbook's chosen sheet as CSV text, cell for cell as the reader sees it. */
async function sheetAsCsv(file: string): Promise<string> {
  const bytes = createReadStream(file)[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const book = await openWorkbook(file, await readHead(bytes), bytes);
  const lines: string[][] = [];
  for await (const batch of book.records)
    for (const r of batch) {
      while (lines.length < r.line - 1) lines.push([]);
      lines.push(r.cells);
    }
  return Papa.unparse(lines);
}

const args = (file: string) => ["--import", "tsx", "bench/parse-file.ts", file, "5"];
const parseMs = (file: string) =>
  (JSON.parse(execFileSync("node", args(file), { encoding: "utf8" }).trim()) as { ms: number }).ms;
const peakRssMB = (file: string) =>
  Number(
    /__(\d+)/.exec(spawnSync("/usr/bin/time", ["-f", "__%M", "node", ...args(file)], { encoding: "utf8" }).stderr)?.[1],
  ) / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchSipriWorkbook() {
  if (!existsSync(SIPRI_WORKBOOK)) return null;
  const csv = path.join(os.tmpdir(), `dsd-bench-sipri-${process.pid}.csv`);
  await writeFile(csv, await sheetAsCsv(SIPRI_WORKBOOK));
  try {
    const book: number[] = [];
    const sheet: number[] = [];
    for (let i = 0; i < 3; i++) {
      book.push(parseMs(SIPRI_WORKBOOK));
      sheet.push(parseMs(csv));
    }
    return {
      xlsxMs: median(book),
      csvMs: median(sheet),
      xlsxPeakRssMB: peakRssMB(SIPRI_WORKBOOK),
      csvPeakRssMB: peakRssMB(csv),
    };
  } finally {
    await rm(csv, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchSipriWorkbook());
