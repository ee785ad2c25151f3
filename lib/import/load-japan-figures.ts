import { readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import type { JapanAmount, JapanGdp } from "../dashboard/series/japan-budget";
import { replaceJapanFigures } from "../db/japan-figures";
import { parseJapanFiguresFile } from "./japan-figures-files";

export interface JapanFiguresResult {
  amounts: number;
  gdp: number;
}

/**
 * Makes the tables hold exactly the rows of the reference files, in one transaction: new rows inserted, changed
 * ones updated, rows gone from the files deleted, identical rows left alone (so a second start changes nothing).
 */
export async function loadJapanFigures(pool: pg.Pool, dataDir: string, files: string[]): Promise<JapanFiguresResult> {
  const amounts: JapanAmount[] = [];
  const gdp: JapanGdp[] = [];
  for (const file of files) {
    const parsed = parseJapanFiguresFile(file, await readFile(path.join(dataDir, file), "utf8"));
    if (parsed.kind === "amounts") amounts.push(...parsed.rows);
    else gdp.push(...parsed.rows);
  }
  await replaceJapanFigures(pool, amounts, gdp);
  return { amounts: amounts.length, gdp: gdp.length };
}
