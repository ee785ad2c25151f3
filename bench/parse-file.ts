// `node --import tsx bench/parse-file.ts <file> [runs]`: parses a file with the importer's reader (no database),
// `runs` times after one warm-up, and prints the median in milliseconds as JSON. Run under /usr/bin/time for the
// process's peak RSS.
import { createReadStream } from "node:fs";
import { parseObservations } from "../lib/csv/parse";

const [file, runs = "5"] = process.argv.slice(2);
if (!file) throw new Error("usage: bench/parse-file.ts <file> [runs]");
const overrides = file.endsWith(".csv") ? { unit: "percent" as const } : {};
const times: number[] = [];
let observations = 0;
for (let i = 0; i <= Number(runs); i++) {
  const t0 = performance.now();
  const result = await parseObservations(file, createReadStream(file), () => undefined, overrides);
  if (i > 0) times.push(performance.now() - t0);
  observations = result.observations;
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)], observations }));
