import { createReadStream } from "node:fs";
import path from "node:path";
import type { ParsedObservation } from "../../lib/csv/observations";
import { type ParseOverrides, parseObservations } from "../../lib/csv/parse";

export const fixture = (name: string) => path.join(import.meta.dirname, "..", "fixtures", "csv", name);

/** Parses a real fixture file through the streaming parser, collecting what the sink receives. */
export async function parseFixture(name: string, overrides?: ParseOverrides) {
  const rows: ParsedObservation[] = [];
  const result = await parseObservations(
    name,
    createReadStream(fixture(name), { highWaterMark: 16 }),
    (batch) => void rows.push(...batch),
    overrides,
  );
  return { result, rows };
}
