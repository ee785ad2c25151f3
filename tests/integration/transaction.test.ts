import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { rollback, withTransaction } from "../../lib/db/transaction";
import { createDataset, snapshot, useTestDatabase } from "../helpers/test-database";

const db = await useTestDatabase();

const name = async () =>
  (await db.pool.query<{ name: string }>(`SELECT name FROM datasets WHERE slug = 'test-data'`)).rows[0]!.name;
const SETTINGS = `SELECT current_setting('lock_timeout') AS l, current_setting('statement_timeout') AS s`;
const settings = async (client: pg.PoolClient) => (await client.query<{ l: string; s: string }>(SETTINGS)).rows[0];
const rename = (client: pg.PoolClient, to: string) =>
  client.query(`UPDATE datasets SET name = $1 WHERE slug = 'test-data'`, [to]);

describe(`withTransaction (${db.kind})`, () => {
  beforeEach(async () => {
    await db.reset();
    await createDataset(db);
  });

  it("commits what the work did when it resolves", async () => {
    expect(await withTransaction(db.pool, async (c) => (await rename(c, "Renamed"), 7))).toBe(7);
    expect(await name()).toBe("Renamed");
  });

  it("rolls everything back when the work throws, and passes the error on", async () => {
    const before = await snapshot(db.pool);
    await expect(
      withTransaction(db.pool, async (c) => {
        await rename(c, "Renamed");
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it("rolls back on purpose and returns the value given to rollback()", async () => {
    const before = await snapshot(db.pool);
    expect(await withTransaction(db.pool, async (c) => (await rename(c, "Renamed"), rollback("unchanged")))).toBe(
      "unchanged",
    );
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it("sets lock_timeout and statement_timeout for the transaction only", async () => {
    const inside = await withTransaction(db.pool, settings, { lockTimeoutMs: 1234, statementTimeoutMs: 5678 });
    expect(inside).toEqual({ l: "1234ms", s: "5678ms" });
    // every connection of the pool afterwards has the server's defaults again
    const clients = await Promise.all([db.pool.connect(), db.pool.connect()]);
    try {
      for (const c of clients) {
        expect(await settings(c)).toEqual({ l: "0", s: "0" });
      }
    } finally {
      for (const c of clients) c.release();
    }
  });

  it.runIf(db.kind === "postgres")(
    "a writer behind another's row lock is refused after lock_timeout (busy, from SQLSTATE 55P03)",
    async () => {
      const holder = new pg.Client({ connectionString: db.url });
      await holder.connect();
      try {
        await holder.query("BEGIN");
        await holder.query(`SELECT 1 FROM datasets WHERE slug = 'test-data' FOR UPDATE`);
        await expect(
          withTransaction(db.pool, (c) => rename(c, "Blocked"), { lockTimeoutMs: 200 }),
        ).rejects.toMatchObject({ code: "busy", params: { seconds: 0.2 } });
        await holder.query("ROLLBACK");
      } finally {
        await holder.end();
      }
      expect(await name()).toBe("Test test-data");
    },
  );

  it.runIf(db.kind === "postgres")("a statement running past statement_timeout is cancelled (57014)", async () => {
    await expect(
      withTransaction(db.pool, (c) => c.query(`SELECT pg_sleep(5)`), { statementTimeoutMs: 100 }),
    ).rejects.toMatchObject({ code: "57014" });
  });
});
