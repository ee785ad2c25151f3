import { beforeEach, describe, expect, it } from "vitest";
import { commitEdition, makeEditionCurrent } from "../../lib/import/edition-lifecycle";
import { createDataset, importFixture, useTestDatabase } from "../helpers/test-database";

// The feeds' source: every change of a dataset's current edition, recorded by a trigger in the changing transaction.
const db = await useTestDatabase();

const load = (file: string, label: string, mode: "stage" | "commit") => importFixture(db, file, label, mode);
const events = async () =>
  (await db.prisma.editionEvent.findMany({ orderBy: { id: "asc" } })).map((e) => ({
    edition: e.editionId,
    previous: e.previousEditionId,
    kind: e.kind,
  }));

describe(`edition events (${db.kind})`, () => {
  beforeEach(async () => {
    await db.reset();
    await createDataset(db);
  });

  it("records each import, commit and rollback, in order, and nothing for a staged edition", async () => {
    const v1 = await load("long.csv", "v1", "commit");
    const v2 = await load("long-revised.csv", "v2", "stage");
    expect(await events()).toEqual([{ edition: v1.editionId, previous: null, kind: "published" }]);
    await commitEdition(v2.editionId!, 1, db.pool); // long-revised.csv leaves out one figure
    await makeEditionCurrent(v1.editionId!, db.pool);
    await makeEditionCurrent(v2.editionId!, db.pool);
    expect(await events()).toEqual([
      { edition: v1.editionId, previous: null, kind: "published" },
      { edition: v2.editionId, previous: v1.editionId, kind: "published" },
      { edition: v1.editionId, previous: v2.editionId, kind: "rollback" },
      { edition: v2.editionId, previous: v1.editionId, kind: "rollback" },
    ]);
    const times = (await db.prisma.editionEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("records nothing when the change is rolled back or changes nothing", async () => {
    const v1 = await load("long.csv", "v1", "commit");
    await makeEditionCurrent(v1.editionId!, db.pool); // already current
    const client = await db.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`UPDATE datasets SET current_edition_id = NULL`);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    expect(await events()).toEqual([{ edition: v1.editionId, previous: null, kind: "published" }]);
  });
});
