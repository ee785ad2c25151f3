// `node --import tsx bench/parse-isolated.ts <file> [unit]`: parses a file as the import does, in its worker
// (lib/import/parse-in-worker.ts), once, and prints the milliseconds and the outcome as JSON. Run under
// /usr/bin/time for the process's peak RSS (the worker's heap is inside it).
import { createReadStream } from "node:fs";
import { isFileError } from "../lib/csv/issues";
import { parseInWorker } from "../lib/import/parse-in-worker";
import { parseWorkerFile } from "../lib/import/parse-worker-file";

const [file, unit] = process.argv.slice(2);
if (!file) throw new Error("usage: bench/parse-isolated.ts <file> [percent|fraction]");
await parseWorkerFile(); // bundled before the clock starts, as after any build
const t0 = performance.now();
let outcome: string;
try {
  const r = await parseInWorker(
    file,
    createReadStream(file),
    () => undefined,
    unit ? { unit: unit as "fraction" } : {},
  );
  const e = r.errors[0];
  outcome = e ? `${r.errorCount} errors, first ${e.code} at ${e.line}:${e.column}` : `${r.observations} figures`;
} catch (error) {
  if (!isFileError(error)) throw error;
  outcome = `refused: ${error.issue.code} at ${error.issue.line}:${error.issue.column}`;
}
console.log(JSON.stringify({ ms: performance.now() - t0, outcome }));
