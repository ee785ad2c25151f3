import { randomBytes } from "node:crypto";
import type pg from "pg";

// Sessions exist server-side (editor_sessions), so that signing out ends a session on every server: the cookie
// names a row, and a cookie whose row is gone (signed out, expired) is worth nothing, even if someone copied it.

/** Creates a session row for the editor; returns its id. Expired rows are cleared on the way. */
export async function startSession(pool: pg.Pool, editor: string, seconds: number): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await pool.query(`DELETE FROM editor_sessions WHERE expires_at < now()`);
  await pool.query(
    `INSERT INTO editor_sessions (id, editor, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
    [id, editor, seconds],
  );
  return id;
}

/** Whether the session still exists for this editor and has not expired. */
export async function sessionIsActive(pool: pg.Pool, id: string, editor: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `SELECT 1 FROM editor_sessions WHERE id = $1 AND editor = $2 AND expires_at > now()`,
    [id, editor],
  );
  return rowCount === 1;
}

export async function endSession(pool: pg.Pool, id: string): Promise<void> {
  await pool.query(`DELETE FROM editor_sessions WHERE id = $1`, [id]);
}
