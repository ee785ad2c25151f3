import type pg from "pg";

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
