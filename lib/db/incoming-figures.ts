import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { decodeRowsLine } from "./rows-file";

// The figures of a file being imported, in a temporary table that ends with the transaction. Every check (removals,
// unchanged, carried figures) runs against it before an edition is written, so a refused import writes nothing.
// Same types and country check as observations: a figure the table cannot hold fails here, with nothing written.

/** The transaction's own table for the incoming figures: no lock, no id, nothing any other session sees. */
export async function createIncoming(client: pg.PoolClient): Promise<void> {
  // the columns of observations, whatever their types are today
  await client.query(
    `CREATE TEMP TABLE incoming ON COMMIT DROP AS
       SELECT country_iso3, year, value, status, note, source FROM observations WITH NO DATA`,
  );
}

/**
 * One batch of figures (COPY text lines, lib/db/rows-file.ts) into incoming, as a COPY of its own: each statement
 * is short, however long the file takes to read, so the transaction's statement timeout bounds the database's work only.
 */
export async function copyIncoming(client: pg.PoolClient, rows: Uint8Array): Promise<void> {
  const copy = client.query(copyFrom(`COPY incoming FROM STDIN`));
  copy.end(rows);
  await finished(copy);
}

/** Once every figure is in: the key, the planner's statistics, and the foreign key on countries checked. */
export async function checkIncoming(client: pg.PoolClient): Promise<void> {
  // the key built once over the loaded rows, not row by row while they load: 0.07 s instead of 0.15 s for 50,000
  await client.query(`ALTER TABLE incoming ADD PRIMARY KEY (country_iso3, year)`);
  // the planner's statistics from a sample of 3,000 rows, not 30,000 (each column's sample is sorted, text included):
  // 8 ms instead of 65 ms for 50,000 figures, and the checks' anti-joins are planned as the same hash joins
  await client.query(
    `SET LOCAL default_statistics_target = 10; ANALYZE incoming; SET LOCAL default_statistics_target TO DEFAULT`,
  );
  // the foreign key observations has on countries, checked here (a temporary table cannot declare it)
  const { rows } = await client.query<{ iso3: string }>(
    `SELECT n.country_iso3 AS iso3 FROM incoming n WHERE NOT EXISTS (SELECT 1 FROM countries c WHERE c.iso3 = n.country_iso3) LIMIT 1`,
  );
  if (rows[0])
    throw new Error(
      `Country ${rows[0].iso3} is not in the countries table (a foreign key of observations): the database's reference facts are out of date; npm start writes them.`,
    );
}

/**
 * A file of figures (COPY text lines) into incoming, for embedded PGlite (no COPY FROM STDIN over its socket):
 * multi-row INSERTs from arrays, 5,000 rows a statement.
 */
export async function loadIncomingFile(client: pg.PoolClient, rowsFile: string): Promise<void> {
  let batch: string[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const columns = [0, 1, 2, 3, 4, 5].map((i) => batch.map((row) => row[i] ?? null));
    batch = [];
    await client.query(
      `INSERT INTO incoming SELECT * FROM unnest($1::char(3)[], $2::smallint[], $3::numeric[], $4::"ObservationStatus"[], $5::text[], $6::text[])`,
      columns,
    );
  };
  for await (const line of createInterface({ input: createReadStream(rowsFile), crlfDelay: Infinity })) {
    if (line === "") continue;
    batch.push(decodeRowsLine(line) as string[]);
    if (batch.length >= 5000) await flush();
  }
  await flush();
}

// What the incoming figures (checkIncoming) would make of the dataset. `carryFrom`: an update's base edition, whose
// figures the file does not give are carried into the new edition; null for a whole edition.

const NOT_INCOMING = `NOT EXISTS (SELECT 1 FROM incoming n WHERE n.country_iso3 = c.country_iso3 AND n.year = c.year)`;

/** How many figures of `carryFrom` the new edition carries: those the file does not give. */
export async function countCarried(client: pg.PoolClient, carryFrom: number): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM observations c WHERE c.edition_id = $1 AND ${NOT_INCOMING}`,
    [carryFrom],
  );
  return rows[0]!.n;
}

/** Figures of the current edition the new one would not have, of how many. */
export async function countIncomingRemovals(
  client: pg.PoolClient,
  current: number,
  carryFrom: number | null,
): Promise<{ removed: number; total: number }> {
  const { rows } = await client.query<{ removed: number; total: number }>(
    `SELECT count(*) FILTER (WHERE ${NOT_INCOMING} AND ($2::int IS NULL OR NOT EXISTS (
              SELECT 1 FROM observations b WHERE b.edition_id = $2 AND b.country_iso3 = c.country_iso3 AND b.year = c.year)))::int AS removed,
            count(*)::int AS total
       FROM observations c WHERE c.edition_id = $1`,
    [current, carryFrom],
  );
  return rows[0]!;
}

/** Whether the new edition would differ from the current one in any figure: value, status, note or source. */
export async function incomingDiffers(
  client: pg.PoolClient,
  current: number,
  carryFrom: number | null,
): Promise<boolean> {
  const { rows } = await client.query<{ differs: boolean }>(
    `WITH next AS (
       SELECT country_iso3, year, value, status, note, source FROM incoming
       UNION ALL
       SELECT c.country_iso3, c.year, c.value, c.status, c.note, c.source FROM observations c
        WHERE $2::int IS NOT NULL AND c.edition_id = $2 AND ${NOT_INCOMING}
     ), cur AS (SELECT country_iso3, year, value, status, note, source FROM observations WHERE edition_id = $1)
     SELECT EXISTS ((SELECT * FROM cur EXCEPT ALL SELECT * FROM next) UNION ALL (SELECT * FROM next EXCEPT ALL SELECT * FROM cur)) AS differs`,
    [current, carryFrom],
  );
  return rows[0]!.differs;
}

/**
 * Writes the incoming figures as the edition's, then (an update) copies in every figure of `carryFrom` the file does
 * not give. Returns how many were carried.
 */
export async function publishIncoming(
  client: pg.PoolClient,
  editionId: number,
  carryFrom: number | null,
): Promise<number> {
  await client.query(
    `INSERT INTO observations (edition_id, country_iso3, year, value, status, note, source)
     SELECT $1, country_iso3, year, value, status, note, source FROM incoming`,
    [editionId],
  );
  if (carryFrom === null) return 0;
  const carried = await client.query(
    `INSERT INTO observations (edition_id, country_iso3, year, value, status, note, source)
     SELECT $2, c.country_iso3, c.year, c.value, c.status, c.note, c.source FROM observations c
      WHERE c.edition_id = $1
        AND NOT EXISTS (SELECT 1 FROM incoming n WHERE n.country_iso3 = c.country_iso3 AND n.year = c.year)`,
    [carryFrom, editionId],
  );
  return carried.rowCount ?? 0;
}
