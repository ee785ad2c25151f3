import type pg from "pg";
import { describe, expect, it } from "vitest";
import { healthReport } from "../../lib/db/health-report";
import { createPool } from "../../lib/db/pool";
import { useTestDatabase } from "../helpers/test-database";

const db = await useTestDatabase();

describe(`/api/health and the connection pool (${db.kind})`, () => {
  it("a pool with every connection taken and a request waiting is not ready; free again, it is", async () => {
    const pool = createPool(db.url);
    const max = pool.options.max ?? 10;
    const held: pg.PoolClient[] = await Promise.all(Array.from({ length: max }, () => pool.connect()));
    const waiting = pool.connect();
    try {
      const busy = await healthReport("test", db.url, pool);
      expect(busy).toMatchObject({
        ready: false,
        database: { reachable: true },
        pool: { saturated: true, waiting: 1 },
      });
    } finally {
      for (const client of held) client.release();
    }
    (await waiting).release();
    expect(await healthReport("test", db.url, pool)).toMatchObject({ ready: true, pool: { saturated: false } });
    await pool.end();
  });
});
