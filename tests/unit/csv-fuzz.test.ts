import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFileError, type CsvFileError, MAX_REPORTED_ISSUES } from "../../lib/csv/issues";
import {
  MAX_PERCENT,
  OBSERVATION_STATUSES,
  type ParsedObservation,
  YEAR_MAX,
  YEAR_MIN,
} from "../../lib/csv/observations";
import { type ParseResult, parseObservations } from "../../lib/csv/parse";
import { listCountryRecords } from "../../lib/reference/countries";
import { anyFile, FUZZ_SEED, inChunks } from "../helpers/csv-arbitraries";

// Property, over thousands of generated and mutated files: the parser turns any bytes into valid figures plus located
// errors, or refuses the whole file with one located error; it throws nothing else, and how the bytes are split into
// chunks (a request body, a file stream) never changes the outcome. (import-fuzz.test.ts adds the database.)
const known = new Set(listCountryRecords().map((c) => c.iso3));

async function parse(
  bytes: Uint8Array,
  chunk: number,
): Promise<{ result: ParseResult; figures: ParsedObservation[] } | CsvFileError> {
  const figures: ParsedObservation[] = [];
  try {
    const result = await parseObservations("fuzz.csv", inChunks(bytes, chunk), (batch) => void figures.push(...batch));
    return { result, figures };
  } catch (error) {
    if (isFileError(error)) return error;
    throw error;
  }
}

describe("fuzzing the CSV parser", () => {
  it("ends in valid figures and located errors, or one file-level error, whatever the bytes and their chunks", async () => {
    const outcomes = { figures: 0, rowErrors: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(anyFile, fc.integer({ min: 1, max: 64 }), async (bytes, chunk) => {
        const parsed = await parse(bytes, chunk);
        const whole = await parse(bytes, Math.max(bytes.length, 1));
        if (isFileError(parsed)) {
          outcomes.refused += 1;
          expect(parsed.issue).toMatchObject({ file: "fuzz.csv" });
          expect(parsed.issue.message).not.toBe("");
          expect(whole).toSatisfy(isFileError);
          expect((whole as CsvFileError).issue).toEqual(parsed.issue);
          return;
        }
        const { result, figures } = parsed;
        if (figures.length > 0) outcomes.figures += 1;
        if (result.errorCount > 0) outcomes.rowErrors += 1;
        expect(result.observations).toBe(figures.length);
        // one figure per country and year, each a known country, an accepted year, a share of GDP and a status
        expect(new Set(figures.map((f) => `${f.country}:${f.year}`)).size).toBe(figures.length);
        for (const f of figures) {
          expect(known.has(f.country)).toBe(true);
          expect(f.year >= YEAR_MIN && f.year <= YEAR_MAX).toBe(true);
          expect(Number(f.value) >= 0 && Number(f.value) <= MAX_PERCENT).toBe(true);
          expect(OBSERVATION_STATUSES).toContain(f.status);
        }
        expect(result.errors).toHaveLength(Math.min(result.errorCount, MAX_REPORTED_ISSUES));
        for (const e of result.errors) {
          expect(e.file).toBe("fuzz.csv");
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.message).not.toBe("");
        }
        expect(whole).toEqual(parsed);
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
    // the generators reach every ending
    expect(Math.min(outcomes.figures, outcomes.rowErrors, outcomes.refused)).toBeGreaterThan(50);
  }, 60_000);
});
