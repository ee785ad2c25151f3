import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { importEdition, type ImportSummary } from "../../lib/import/import-edition";
import { anyFile, FUZZ_SEED, inChunks } from "../helpers/csv-arbitraries";
import { createDataset, snapshot, useTestDatabase } from "../helpers/test-database";

// Property: whatever bytes arrive, an import ends as a committed edition holding exactly the figures the parser
// accepted, or as a rejection with located errors and every table unchanged. It never crashes the process.
const db = await useTestDatabase();

describe(`fuzzing the import path (${db.kind})`, () => {
  beforeAll(async () => {
    await db.reset();
    await createDataset(db);
  });

  it("always ends in a valid edition or a clear error, never partial data", async () => {
    let label = 0;
    const outcomes = { committed: 0, staged: 0, unchanged: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(anyFile, fc.integer({ min: 1, max: 64 }), async (bytes, chunk) => {
        const before = await snapshot(db.pool);
        const source = inChunks(bytes, chunk);
        const summary: ImportSummary | Error = await importEdition(
          {
            dataset: "test-data",
            label: `fuzz ${label++}`,
            fileName: "fuzz.csv",
            source,
            createdBy: "fuzz",
            editionMode: "replace",
          },
          db.pool,
        ).catch((e: Error) => e);
        expect(summary).not.toBeInstanceOf(Error);
        if (summary instanceof Error) return;
        outcomes[summary.status] += 1;
        if (summary.status === "committed") {
          const stored = await db.pool.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM observations WHERE edition_id = $1`,
            [summary.editionId],
          );
          expect(stored.rows[0]?.n).toBe(summary.parse!.observations);
          expect(summary.parse!.errorCount).toBe(0);
        } else {
          if (summary.status === "rejected") {
            expect(summary.errorCount).toBeGreaterThan(0);
            expect(summary.errors[0]!.file).toBe("fuzz.csv");
          }
          expect(await snapshot(db.pool)).toEqual(before);
        }
      }),
      { numRuns: db.kind === "embedded" ? 150 : 300, seed: FUZZ_SEED },
    );
    // the generators reach both ends: files that load and files that are refused
    expect(outcomes.committed).toBeGreaterThan(5);
    expect(outcomes.rejected).toBeGreaterThan(5);
  });
});
