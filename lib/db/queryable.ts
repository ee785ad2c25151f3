import type pg from "pg";

/** What a lib/db function runs its statements on: the pool, or a transaction's own connection. */
export type Queryable = pg.Pool | pg.PoolClient;
