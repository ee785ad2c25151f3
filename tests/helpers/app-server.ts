import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface StartedApp {
  url: string;
  /** npm's process id, which is also the id of the process group of npm, the launcher and the server */
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

/** Runs `npm start` exactly as the README says, with the given environment, until the page answers. */
export async function startApp(env: Record<string, string>, timeoutMs = 240_000): Promise<StartedApp> {
  const port = await freePort();
  let log = "";
  const child: ChildProcess = spawn("npm", ["start"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) throw new Error(`npm start did not answer within ${timeoutMs} ms:\n${log}`);
    const ok = await fetch(`${url}/sources`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    pid: child.pid!,
    output: () => log,
    /** SIGTERM to npm, the launcher and the server; waits until every one of them has exited (SIGKILL after 30 s). */
    async stop() {
      if (!groupAlive(child.pid!)) return;
      signalGroup(child.pid!, "SIGTERM");
      // npm exits at once on SIGTERM; the server finishes its requests in flight first (scripts/serve.ts)
      const deadline = Date.now() + 30_000;
      while (groupAlive(child.pid!) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (groupAlive(child.pid!)) signalGroup(child.pid!, "SIGKILL");
    },
  };
}

/** Signals npm, the launcher and the Next.js server it spawned; a group that has already exited is fine. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
