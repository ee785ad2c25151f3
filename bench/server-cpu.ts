// The database server's own CPU time for a piece of work done over connections that then close: a backend's time is
// added to its postmaster's "children" times (/proc/<pid>/stat) once it exits and is reaped. Linux, and a server on
// this machine, only: elsewhere null.
import { readFile } from "node:fs/promises";
import type pg from "pg";

/** clock ticks a second (sysconf(_SC_CLK_TCK), 100 on Linux) */
const TICKS = 100;

async function statFields(pid: number): Promise<string[] | null> {
  const text = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  // the fields after the command's name, which is in parentheses and may hold spaces
  return text === null ? null : text.slice(text.lastIndexOf(")") + 2).split(" ");
}

/** A reader of the server's reaped-children CPU seconds, or null when it cannot be read here. */
export async function serverCpuClock(pool: pg.Pool): Promise<(() => Promise<number>) | null> {
  const { rows } = await pool.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
  const backend = await statFields(rows[0]!.pid);
  if (backend === null) return null;
  const postmaster = Number(backend[1]); // ppid
  const read = async () => {
    const f = await statFields(postmaster);
    // cutime and cstime: fields 16 and 17 of stat, 14 and 15 after the name
    return f === null ? NaN : (Number(f[13]) + Number(f[14])) / TICKS;
  };
  return Number.isFinite(await read()) ? read : null;
}

/** What `work` gave, and the server CPU seconds it cost once its connections have closed and been reaped. */
export async function serverCpuOf<T>(
  clock: () => Promise<number>,
  work: () => T | Promise<T>,
): Promise<{ result: T; cpu: number }> {
  const before = await clock();
  const result = await work();
  // the postmaster reaps a backend on SIGCHLD, a moment after the client has gone
  let after = await clock();
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await clock();
    if (now === after && i > 0) break;
    after = now;
  }
  return { result, cpu: after - before };
}
