import type pg from "pg";
import { AppError } from "../errors/app-error";

export interface TransactionLimits {
  /** how long one statement may wait for a row lock before it fails (PostgreSQL lock_timeout; 0 = forever) */
  lockTimeoutMs: number;
  /** how long one statement may run (PostgreSQL statement_timeout; 0 = forever) */
  statementTimeoutMs: number;
}

/**
 * What every write transaction gets unless it asks otherwise: a writer stuck behind another one's lock fails in
 * seconds with a clear error (AppError busy, 503) instead of holding a pool connection; a runaway
 * statement is cancelled (57014).
 */
export const DEFAULT_LIMITS: TransactionLimits = { lockTimeoutMs: 5_000, statementTimeoutMs: 60_000 };

const LOCK_NOT_AVAILABLE = "55P03";

/** Returned by a transaction's work to roll back on purpose (nothing to change) and still hand a value back. */
export class Rollback<T> {
  constructor(readonly value: T) {}
}

export const rollback = <T>(value: T): Rollback<T> => new Rollback(value);

/**
 * Runs `work` in one transaction on a connection of its own: COMMIT when it resolves, ROLLBACK when it throws or
 * returns `rollback(value)`. The limits are SET LOCAL, so they end with the transaction and never leak to the
 * next user of the pooled connection. A connection whose ROLLBACK fails (a COPY cut off mid-stream) is destroyed,
 * which aborts the transaction on the server too.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T | Rollback<T>>,
  limits: Partial<TransactionLimits> = {},
): Promise<T> {
  const { lockTimeoutMs, statementTimeoutMs } = { ...DEFAULT_LIMITS, ...limits };
  const client = await pool.connect();
  let healthy = true;
  try {
    await client.query("BEGIN");
    // set_config(…, true) is SET LOCAL with bind parameters
    await client.query(`SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', $2, true)`, [
      `${Math.max(0, Math.round(lockTimeoutMs))}ms`,
      `${Math.max(0, Math.round(statementTimeoutMs))}ms`,
    ]);
    const result = await work(client);
    if (result instanceof Rollback) {
      await client.query("ROLLBACK");
      return result.value;
    }
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {
      healthy = false;
    }
    if ((error as { code?: unknown } | null)?.code === LOCK_NOT_AVAILABLE)
      throw new AppError(
        "busy",
        `Another change to the same data is still in progress after ${lockTimeoutMs / 1000} s; nothing was changed. Try again in a few seconds.`,
        { seconds: lockTimeoutMs / 1000 },
        { cause: error },
      );
    throw error;
  } finally {
    client.release(!healthy);
  }
}
