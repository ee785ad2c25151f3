import { execFile } from "node:child_process";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./app-server";

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/**
 * A throwaway PostgreSQL server of the fault tests' own (initdb in a temp dir, its own port), so they can stop it
 * with `-m immediate` — a crash — without touching the shared server other suites use.
 */
export async function startPrivatePostgres() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dsd-pg-"));
  const data = path.join(dir, "data");
  const port = await freePort();
  const asPostgres = async (cmd: string, args: string[]) => {
    if (process.getuid?.() === 0) return run("runuser", ["-u", "postgres", "--", path.join(BIN, cmd), ...args]);
    return run(path.join(BIN, cmd), args);
  };
  if (process.getuid?.() === 0) {
    const { uid, gid } = {
      uid: Number((await run("id", ["-u", "postgres"])).stdout),
      gid: Number((await run("id", ["-g", "postgres"])).stdout),
    };
    await chown(dir, uid, gid);
  }
  await chmod(dir, 0o700);
  await asPostgres("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => asPostgres("pg_ctl", ["-D", data, "-o", options, "-w", "-l", path.join(dir, "log"), "start"]);
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    /** A crash: no shutdown checkpoint, open transactions die with the server. */
    crash: () => asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]),
    async destroy() {
      await asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
