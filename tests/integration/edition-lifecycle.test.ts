import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { diffEditions } from "../../lib/import/diff-editions";
import { isAppError } from "../../lib/errors/app-error";
import { commitEdition, discardStagedEdition, makeEditionCurrent } from "../../lib/import/edition-lifecycle";
import { importEdition } from "../../lib/import/import-edition";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { fixture } from "../helpers/parse-fixture";
import { createDataset, snapshot, importFixture, useTestDatabase } from "../helpers/test-database";

const db = await useTestDatabase();

const load = (file: string, label: string, mode: "stage" | "commit") => importFixture(db, file, label, mode);
const currentId = async () =>
  (await db.prisma.dataset.findUniqueOrThrow({ where: { slug: "test-data" } })).currentEditionId;

describe(`staging, review, commit and rollback (${db.kind})`, () => {
  beforeEach(async () => {
    await db.reset();
    await createDataset(db);
  });

  it("a staged edition is stored but not current until committed", async () => {
    const v1 = await load("long.csv", "v1", "commit");
    const v2 = await load("long-revised.csv", "v2", "stage");
    expect(v2.status).toBe("staged");
    expect(await currentId()).toBe(v1.editionId);
    expect(v2.removed).toBe(1);
    await expect(commitEdition(v2.editionId!, 0, db.pool)).rejects.toMatchObject({
      code: "confirm_removals",
      params: { removed: 1 },
    });
    expect(await currentId()).toBe(v1.editionId);
    await commitEdition(v2.editionId!, 1, db.pool);
    expect(await currentId()).toBe(v2.editionId);
    expect((await db.prisma.edition.findUniqueOrThrow({ where: { id: v2.editionId! } })).status).toBe("committed");
  });

  it("diffs added, removed and changed figures, largest revisions first, per country", async () => {
    const v1 = await load("long.csv", "v1", "commit");
    const v2 = await load("long-revised.csv", "v2", "stage");
    const diff = await diffEditions(v1.editionId, v2.editionId!, db.pool);
    expect({ added: diff.added, removed: diff.removed, changed: diff.changed, unchanged: diff.unchanged }).toEqual({
      added: 1,
      removed: 1,
      changed: 2,
      unchanged: 2,
    });
    expect(diff.changes.map((c) => `${c.kind} ${c.country} ${c.year} ${c.before}→${c.after}`)).toEqual([
      "removed USA 2024 3.38→null",
      "added DEU 2024 null→2.12",
      "changed JPN 2023 1.14→1.19",
      "changed POL 2024 4.12→4.12",
    ]);
    expect(diff.byCountry.find((c) => c.country === "JPN")).toEqual({
      country: "JPN",
      added: 0,
      removed: 0,
      changed: 1,
    });
  });

  it("tells a revised value from a status change and from digits beyond the 4th decimal", async () => {
    const fromText = (text: string, label: string) =>
      importEdition(
        {
          dataset: "test-data",
          label,
          fileName: `${label}.csv`,
          source: Readable.from([Buffer.from(text)]),
          createdBy: "editor",
          mode: "commit",
          editionMode: "replace",
        },
        db.pool,
      );
    // as OWID's 4-decimal copy and SIPRI's workbook print the same figures
    const v1 = await fromText("country,year,value,status\nJPN,2024,1.2946,actual\nPOL,2024,4.1500,actual\n", "v1");
    const v2 = await fromText(
      "country,year,value,status\nJPN,2024,1.294629,actual\nPOL,2024,3.7500,actual\nDEU,2024,2.1200,estimate\n",
      "v2",
    );
    const v3 = await fromText(
      "country,year,value,status\nJPN,2024,1.294629,estimate\nPOL,2024,3.75006,actual\nDEU,2024,2.1200,estimate\n",
      "v3",
    );
    const first = await diffEditions(v1.editionId, v2.editionId!, db.pool);
    expect(first.changed).toBe(2);
    expect(first.changedBy).toEqual({ revised: 1, status: 0, precision: 1 });
    expect(first.changes.map((c) => `${c.country} ${c.kind} ${c.detail}`)).toEqual([
      "DEU added null",
      "POL changed revised",
      "JPN changed precision",
    ]);
    const second = await diffEditions(v2.editionId, v3.editionId!, db.pool);
    // 0.00006 points is more than half a unit in the 4th decimal: a revision
    expect(second.changedBy).toEqual({ revised: 1, status: 1, precision: 0 });
  });

  it("two editors committing reviews of the same base: one succeeds, the other gets a conflict", async () => {
    await load("long.csv", "v1", "commit");
    const a = await load("long-revised.csv", "a", "stage");
    const b = await load("wide-nato.csv", "b", "stage");
    const results = await Promise.allSettled([
      commitEdition(a.editionId!, a.removed, db.pool),
      commitEdition(b.editionId!, b.removed, db.pool),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(isAppError(rejected.reason, "conflict")).toBe(true);
    const winner = results[0].status === "fulfilled" ? a : b;
    expect(await currentId()).toBe(winner.editionId);
  });

  it("rolls back to an earlier edition and forward again", async () => {
    const v1 = await load("long.csv", "v1", "commit");
    const v2 = await load("long-revised.csv", "v2", "commit");
    await makeEditionCurrent(v1.editionId!, db.pool);
    expect(await currentId()).toBe(v1.editionId);
    await makeEditionCurrent(v2.editionId!, db.pool);
    expect(await currentId()).toBe(v2.editionId);
  });

  it("refuses to roll back to a staged edition, and discards it on request", async () => {
    await load("long.csv", "v1", "commit");
    const staged = await load("long-revised.csv", "v2", "stage");
    const before = await snapshot(db.pool);
    await expect(makeEditionCurrent(staged.editionId!, db.pool)).rejects.toMatchObject({ code: "not_committed" });
    expect(await snapshot(db.pool)).toEqual(before);
    await discardStagedEdition(staged.editionId!, db.pool);
    expect(await db.prisma.edition.count()).toBe(1);
  });

  it("refuses a new upload that reuses a pending upload's label, and keeps the pending one whole", async () => {
    await load("long.csv", "v1", "commit");
    const pending = await load("long-revised.csv", "v2", "stage");
    const before = await snapshot(db.pool);
    const second = load("long.csv", "v2", "stage");
    await expect(second).rejects.toMatchObject({
      code: "duplicate_label",
      params: { label: "v2", pendingEdition: pending.editionId },
    });
    await expect(second).rejects.toThrow(/upload under review labelled "v2" \(edition \d+, by editor\)/);
    expect(await snapshot(db.pool)).toEqual(before);
    await discardStagedEdition(pending.editionId!, db.pool);
    expect((await load("long-revised.csv", "v2", "stage")).status).toBe("staged");
  });

  it("refuses a label with a control character or NUL and an over-long note, changing nothing", async () => {
    await load("long.csv", "v1", "commit");
    const before = await snapshot(db.pool);
    await expect(load("long-revised.csv", "v2\u0000", "stage")).rejects.toMatchObject({ code: "invalid_request" });
    await expect(load("long-revised.csv", "v2\u0007", "stage")).rejects.toThrow(/label holds a control character/);
    const longNote = importEdition(
      {
        dataset: "test-data",
        label: "v2",
        fileName: "long-revised.csv",
        source: createReadStream(fixture("long-revised.csv")),
        createdBy: "editor",
        mode: "stage",
        note: "n".repeat(10 * 1024 * 1024),
      },
      db.pool,
    );
    await expect(longNote).rejects.toThrow("The edition's note is 10,485,760 characters; at most 2,000 are allowed.");
    expect(await snapshot(db.pool)).toEqual(before);
  });

  it("a rejected upload stages nothing", async () => {
    await load("long.csv", "v1", "commit");
    const before = await snapshot(db.pool);
    expect((await load("invalid-rows.csv", "bad", "stage")).status).toBe("rejected");
    expect(await snapshot(db.pool)).toEqual(before);
  });
  // Rendered pages are cached under this number (proxy.ts): it must grow with every change a reader may see, and a
  // reader must never see the new number before the new data.
  const dataVersion = async () =>
    BigInt((await db.pool.query<{ value: string }>(`SELECT value FROM data_version`)).rows[0]!.value);

  it("grows the data version on commit and rollback, not on staging", async () => {
    const before = await dataVersion();
    const v1 = await load("long.csv", "v1", "commit");
    const committed = await dataVersion();
    expect(committed).toBeGreaterThan(before);
    const v2 = await load("long-revised.csv", "v2", "stage");
    expect(await dataVersion()).toBe(committed);
    await commitEdition(v2.editionId!, v2.removed, db.pool);
    const second = await dataVersion();
    expect(second).toBeGreaterThan(committed);
    // back to v1: a new number, never v1's old one, so no page cached in between can be mistaken for it
    await makeEditionCurrent(v1.editionId!, db.pool);
    expect(await dataVersion()).toBeGreaterThan(second);
  });

  it.skipIf(db.kind === "embedded")(
    "keeps the old data version while a change is in progress or rolled back",
    async () => {
      const before = await dataVersion();
      const writer = await db.pool.connect();
      try {
        await writer.query("BEGIN");
        await writer.query(`UPDATE datasets SET description = 'being edited' WHERE slug = 'test-data'`);
        expect(await dataVersion()).toBe(before);
        await writer.query("ROLLBACK");
      } finally {
        writer.release();
      }
      expect(await dataVersion()).toBe(before);
    },
  );
  it("keeps the data version when a start writes the same reference facts again, and grows it when one differs", async () => {
    const before = await dataVersion();
    await prepareDatabase(db.pool, db.prisma);
    expect(await dataVersion()).toBe(before);
    await db.pool.query(`UPDATE countries SET name = 'Nippon' WHERE iso3 = 'JPN'`);
    const renamed = await dataVersion();
    expect(renamed).toBeGreaterThan(before);
    await prepareDatabase(db.pool, db.prisma);
    expect(await dataVersion()).toBeGreaterThan(renamed);
  });
});
