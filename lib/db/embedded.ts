import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) persisted under DATA_DIR and served
// over the PostgreSQL wire protocol on loopback, so the app, the CLI and the tests use the same pg driver
// as with a real server. PGlite is one session; the socket server queues queries and keeps transactions whole.

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it. */
  stop: () => Promise<void>;
}

interface ServerFile {
  pid: number;
  port: number;
}

const serverFile = (dataDir: string) => path.join(dataDir, "embedded-server.json");
const urlFor = (port: number) => `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

/**
 * Starts PGlite on dataDir ("memory://" for a throwaway database) and serves it on 127.0.0.1:port. `from`: a dump of
 * another one (`dump()`) to start from instead of an empty cluster, as the test suites start from a migrated one.
 */
export async function startEmbeddedServer(
  dataDir: string,
  port = 0,
  from?: Blob,
): Promise<DatabaseHandle & { dump: () => Promise<Blob> }> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  // loaded only here: PGlite is a large WebAssembly build that a process using DATABASE_URL never needs
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite-socket"),
  ]);
  const db = await PGlite.create(inMemory ? dataDir : path.join(dataDir, "pglite"), { loadDataDir: from });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 16 });
  await server.start();
  const actualPort = Number(server.getServerConn().split(":").pop());
  if (!inMemory)
    await writeFile(serverFile(dataDir), JSON.stringify({ pid: process.pid, port: actualPort } satisfies ServerFile));
  let stopped = false;
  return {
    url: urlFor(actualPort),
    embedded: true,
    dump: () => db.dumpDataDir("none"),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (!inMemory) await rm(serverFile(dataDir), { force: true });
    },
  };
}

/** The embedded server another process of this checkout (e.g. `npm start`) is serving, if any. */
export async function findRunningEmbeddedServer(dataDir: string): Promise<string | null> {
  let info: ServerFile;
  try {
    info = JSON.parse(await readFile(serverFile(dataDir), "utf8")) as ServerFile;
  } catch {
    return null;
  }
  if (!isAlive(info.pid) || !(await canConnect(info.port))) return null;
  return urlFor(info.port);
}

/** DATABASE_URL if set; else the running embedded server; else a new one in this process. */
export async function openDatabase(env: { DATABASE_URL?: string; DATA_DIR: string }): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  const running = await findRunningEmbeddedServer(env.DATA_DIR);
  if (running) return { url: running, embedded: true, stop: async () => {} };
  return startEmbeddedServer(env.DATA_DIR);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}
