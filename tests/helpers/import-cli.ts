import { readFileSync } from "node:fs";

/**
 * `npm run import` exactly as package.json defines it, without npm's own start-up: the tests and the benchmark run
 * the CLI the way an analyst does, so a change to how it is launched is tested too.
 */
export const [IMPORT_COMMAND, ...IMPORT_ARGS] = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { import: string } }).scripts.import.split(" ") as [string, ...string[]];
