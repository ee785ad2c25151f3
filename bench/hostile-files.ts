// The files of issue 21's review (tests/helpers/hostile-files.ts) and SIPRI's own workbook, each parsed as the
// import parses it (in its worker) in a process of its own: milliseconds and peak RSS. "Before" is what each did to
// main before the parse ran isolated and bounded (commit f2ebdca, same machine, 2026-12-03), in process.
// `node --import tsx bench/hostile-files.ts` runs it alone.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { HOSTILE_FILES } from "../tests/helpers/hostile-files";
import { SIPRI_WORKBOOK } from "./sipri-workbook";

export const BEFORE: Record<string, string> = {
  "year-header-spaces.csv": "6.7 s, 99 MB: no header found",
  "long-digits.csv": "6.3 s, 115 MB",
  "huge-exponent.csv": "35 s, 3.2 GB: aborted (heap out of memory)",
  "million-columns.csv": "2.5 s, 151 MB: accepted",
  "long-country-names.csv": "0.4 s, 120 MB, a 3 MB answer (880 KB for one 900 KB name)",
  "sipri-long-note.csv": "—",
  "shared-string-8mb.xlsx": "0.25 s, 156 MB: refused (the XLSX reader's limits, already on main)",
  "ten-million-strings.xlsx": "0.5 s, 258 MB: refused",
  "country-cell-8mb.xlsx": "0.27 s, 154 MB: refused",
  "empty-rows.xlsx": "8.9 s, 1,076 MB: stack overflow (HTTP 500)",
  "SIPRI's workbook": "in process: see the row above",
};

export interface HostileRun {
  file: string;
  bytes: number;
  ms: number;
  peakRssMB: number;
  outcome: string;
}

function run(file: string, unit?: string): { ms: number; peakRssMB: number; outcome: string } {
  const args = ["--import", "tsx", "bench/parse-isolated.ts", file, ...(unit ? [unit] : [])];
  const child = spawnSync("/usr/bin/time", ["-f", "__%M", "node", ...args], { encoding: "utf8" });
  const json = child.stdout.trim().split("\n").at(-1) ?? "";
  if (child.status !== 0 || !json.startsWith("{")) throw new Error(`parse of ${file} failed:\n${child.stderr}`);
  const { ms, outcome } = JSON.parse(json) as { ms: number; outcome: string };
  return { ms, outcome, peakRssMB: Number(/__(\d+)/.exec(child.stderr)?.[1]) / 1024 };
}

export async function benchHostileFiles(): Promise<HostileRun[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dsd-bench-hostile-"));
  const runs: HostileRun[] = [];
  try {
    for (const f of HOSTILE_FILES) {
      const file = path.join(dir, f.name);
      const bytes = f.bytes();
      await writeFile(file, bytes);
      runs.push({ file: f.name, bytes: bytes.length, ...run(file, f.overrides?.unit) });
      await rm(file);
    }
    if (existsSync(SIPRI_WORKBOOK)) runs.push({ file: "SIPRI's workbook", bytes: 922_552, ...run(SIPRI_WORKBOOK) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return runs;
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const r of await benchHostileFiles())
    console.log(
      `${r.file} (${r.bytes} B): ${r.ms.toFixed(0)} ms, ${r.peakRssMB.toFixed(0)} MB, ${r.outcome}; before ${BEFORE[r.file]}`,
    );
