import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";

/**
 * `npm run import` exactly as package.json defines it, without npm's own start-up: the tests and the benchmark run
 * the CLI the way an analyst does, so a change to how it is launched is tested too.
 */
export const [IMPORT_COMMAND, ...IMPORT_ARGS] = (
  JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { import: string } }
).scripts.import.split(" ") as [string, ...string[]];

/** Runs `npm run import -- …` as a user does, against the given database; never throws on a non-zero exit. */
export async function runImport(
  databaseUrl: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(IMPORT_COMMAND, [...IMPORT_ARGS, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}
