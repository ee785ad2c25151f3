import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../lib/db/migrate";
import { useTestDatabase } from "../helpers/test-database";

const db = await useTestDatabase();

describe(`migration runner (${db.kind})`, () => {
  it("applies nothing when the database is up to date", async () => {
    expect(await migrate(db.pool)).toEqual([]);
  });

  it("applies a new migration once and records it", async () => {
    const extra = {
      name: "29990101000000_probe",
      sql: `CREATE TABLE "probe" ("id" INTEGER NOT NULL)`,
      checksum: "a".repeat(64),
    };
    const all = [...(await readMigrations()), extra];
    expect(await migrate(db.pool, all)).toEqual([extra.name]);
    expect(await migrate(db.pool, all)).toEqual([]);
    await db.pool.query(`DROP TABLE "probe"; DELETE FROM "_prisma_migrations" WHERE migration_name = '${extra.name}'`);
  });

  it("refuses a migration edited after it was applied", async () => {
    const [first, ...rest] = await readMigrations();
    await expect(migrate(db.pool, [{ ...first!, checksum: "0".repeat(64) }, ...rest])).rejects.toThrow(
      /edited after it was applied/,
    );
  });

  it("rolls back a failing migration and leaves nothing recorded", async () => {
    const bad = {
      name: "29990101000001_bad",
      sql: `CREATE TABLE "half" ("id" INTEGER); SELECT no_such_function()`,
      checksum: "b".repeat(64),
    };
    await expect(migrate(db.pool, [...(await readMigrations()), bad])).rejects.toThrow(/29990101000001_bad failed/);
    const left = await db.pool.query(
      `SELECT to_regclass('half') AS t, (SELECT count(*)::int FROM _prisma_migrations WHERE migration_name = $1) AS n`,
      [bad.name],
    );
    expect(left.rows[0]).toEqual({ t: null, n: 0 });
  });
});
