import { Readable } from "node:stream";
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { commitEdition, discardStagedEdition } from "../../lib/import/edition-lifecycle";
import { importEdition } from "../../lib/import/import-edition";
import { createDataset, snapshot, importFixture, useTestDatabase } from "../helpers/test-database";

// Two real connections: one holds a transaction that moves the dataset's current edition (as a rollback or a
// commit does), the other runs an import, commit or discard that has to wait for it. Whatever the waiting side
// decides must be decided on what the other committed, never on what was current before it.
//
// PostgreSQL only: the embedded PGlite is one session whose socket server runs one transaction at a time, so a
// second connection cannot start a statement, let alone wait on a row lock, while the first is in a transaction.
const db = await useTestDatabase();

const load = (file: string, label: string, mode: "stage" | "commit") => importFixture(db, file, label, mode);

/** One new figure (Japan 2025), as an analyst's partial file. */
const ONE_ROW = "country,year,value,status\nJapan,2025,1.4,estimate\n";
const loadOneRow = (label: string, editionMode?: "update") =>
  importEdition(
    {
      dataset: "test-data",
      label,
      fileName: "one-row.csv",
      source: Readable.from([Buffer.from(ONE_ROW)]),
      createdBy: "editor",
      mode: "commit",
      editionMode,
    },
    db.pool,
  );

/** A transaction on a connection of its own that has run `statements` and holds their locks until commit(). */
async function holdTransaction(...statements: [string, unknown[]][]) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query("BEGIN");
  for (const [sql, params] of statements) await client.query(sql, params);
  return {
    async commit() {
      await client.query("COMMIT");
      await client.end();
    },
  };
}

/** Resolves once `count` backends of this database wait for a lock (the event the race needs), polled. */
async function lockWaiters(count: number): Promise<void> {
  for (;;) {
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0]!.n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The promise's rejection, handled at once (it may settle while the test is still releasing the lock). */
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => new Error("expected a refusal, but it succeeded"),
    (error: unknown) => error,
  );

const current = async () =>
  (
    await db.pool.query<{ id: number; figures: number }>(
      `SELECT d.current_edition_id AS id, (SELECT count(*)::int FROM observations o WHERE o.edition_id = d.current_edition_id) AS figures
         FROM datasets d WHERE d.slug = 'test-data'`,
    )
  ).rows[0]!;

const moveCurrent = (to: number): [string, unknown[]] => [
  `UPDATE datasets SET current_edition_id = $1 WHERE slug = 'test-data'`,
  [to],
];

describe.runIf(db.kind === "postgres")(
  `an import, commit or discard waiting behind another change (${db.kind})`,
  () => {
    beforeEach(async () => {
      await db.reset();
      await createDataset(db);
    });

    it("an update waiting behind a rollback updates the edition the rollback made current", async () => {
      const v1 = await load("long.csv", "v1", "commit");
      await load("long-revised.csv", "v2", "commit");
      const rollback = await holdTransaction(moveCurrent(v1.editionId!));
      const importing = loadOneRow("update", "update");
      await lockWaiters(1);
      await rollback.commit();
      const summary = await importing;
      expect(summary).toMatchObject({ status: "committed", basedOnEditionId: v1.editionId, carried: 5 });
      expect(await current()).toEqual({ id: summary.editionId, figures: 6 });
    });

    it("a partial file waiting behind a rollback is refused against the edition the rollback made current", async () => {
      const v1 = await load("long.csv", "v1", "commit");
      await load("long-revised.csv", "v2", "commit");
      const rollback = await holdTransaction(moveCurrent(v1.editionId!));
      const importing = rejection(loadOneRow("partial"));
      await lockWaiters(1);
      await rollback.commit();
      const after = await snapshot(db.pool);
      expect(await importing).toMatchObject({ code: "would_remove", params: { removed: 5, total: 5 } });
      expect(await snapshot(db.pool)).toEqual(after);
      expect(await current()).toEqual({ id: v1.editionId, figures: 5 });
    });

    it("a discard waiting behind the commit of the same edition is refused, and the edition stays current", async () => {
      await load("long.csv", "v1", "commit");
      const staged = await load("long-revised.csv", "v2", "stage");
      const commit = await holdTransaction(
        [`UPDATE editions SET status = 'committed' WHERE id = $1`, [staged.editionId]],
        moveCurrent(staged.editionId!),
      );
      const discarding = rejection(discardStagedEdition(staged.editionId!, db.pool));
      await lockWaiters(1);
      await commit.commit();
      expect(await discarding).toMatchObject({ code: "not_staged" });
      expect(await current()).toEqual({ id: staged.editionId, figures: 5 });
    });

    it("a commit waiting behind a rollback is a conflict naming the edition the rollback made current", async () => {
      const v1 = await load("long.csv", "v1", "commit");
      await load("long-revised.csv", "v2", "commit");
      const staged = await load("wide-nato.csv", "v3", "stage");
      const rollback = await holdTransaction(moveCurrent(v1.editionId!));
      const committing = rejection(commitEdition(staged.editionId!, staged.removed, db.pool));
      await lockWaiters(1);
      await rollback.commit();
      const refusal = (await committing) as Error;
      expect(refusal).toMatchObject({ code: "conflict" });
      expect(refusal.message).toContain('("v1")');
      expect((await current()).id).toBe(v1.editionId);
    });
  },
);
