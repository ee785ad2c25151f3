import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ParsedObservation } from "../csv/observations";

/** Loads observations of one edition inside the caller's transaction. */
export interface ObservationWriter {
  write: (batch: ParsedObservation[]) => void | Promise<void>;
  finish: () => Promise<void>;
  abort: () => void;
}

const COLUMNS = `"edition_id", "country_iso3", "year", "value", "status", "note", "source"`;

/** Real PostgreSQL: COPY FROM STDIN, the server's fastest load path; parsing overlaps with loading. */
export function copyWriter(client: pg.PoolClient, editionId: number): ObservationWriter {
  const stream = client.query(copyFrom(`COPY "observations" (${COLUMNS}) FROM STDIN`));
  let failure: Error | undefined;
  stream.on("error", (e: Error) => (failure = e));
  const prefix = `${editionId}\t`;
  return {
    write(batch) {
      if (failure) throw failure;
      let text = "";
      for (const o of batch)
        text += `${prefix}${o.country}\t${o.year}\t${o.value}\t${o.status}\t${copyText(o.note)}\t${copyText(o.source)}\n`;
      if (!stream.write(text)) {
        return new Promise<void>((resolve, reject) => {
          stream.once("drain", resolve);
          stream.once("error", reject);
        });
      }
    },
    finish: () =>
      new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        stream.once("finish", resolve);
        stream.once("error", reject);
        stream.end();
      }),
    abort: () => stream.destroy(new Error("import aborted")),
  };
}

function copyText(value: string | null): string {
  if (value === null) return "\\N";
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** Embedded PGlite (no COPY FROM STDIN over its socket): multi-row INSERTs from arrays, 5,000 rows a statement. */
export function insertWriter(client: pg.PoolClient, editionId: number): ObservationWriter {
  let pending: ParsedObservation[] = [];
  const flush = async (rows: ParsedObservation[]) => {
    if (rows.length === 0) return;
    await client.query(
      `INSERT INTO "observations" (${COLUMNS})
       SELECT $1, * FROM unnest($2::char(3)[], $3::smallint[], $4::numeric[], $5::"ObservationStatus"[], $6::text[], $7::text[])`,
      [
        editionId,
        rows.map((o) => o.country),
        rows.map((o) => o.year),
        rows.map((o) => o.value),
        rows.map((o) => o.status),
        rows.map((o) => o.note),
        rows.map((o) => o.source),
      ],
    );
  };
  return {
    async write(batch) {
      pending.push(...batch);
      if (pending.length >= 5000) {
        const rows = pending;
        pending = [];
        await flush(rows);
      }
    },
    finish: () => flush(pending),
    abort: () => void (pending = []),
  };
}

const kinds = new WeakMap<pg.Pool, Promise<boolean>>();

/** True when the pool reaches PGlite (PostgreSQL compiled to WebAssembly) rather than a PostgreSQL server. */
export function isEmbedded(pool: pg.Pool): Promise<boolean> {
  let kind = kinds.get(pool);
  if (!kind) {
    kind = pool.query<{ v: string }>("SELECT version() AS v").then((r) => /emscripten|wasm/i.test(r.rows[0]?.v ?? ""));
    kinds.set(pool, kind);
  }
  return kind;
}
