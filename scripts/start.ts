// `npm start`: database (embedded unless DATABASE_URL), migrations, shipped data, production build, server.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { connect } from "../lib/db/connect";
import { prepareDatabase } from "../lib/db/prepare-database";
import { readEnv } from "../lib/env";
import { loadShippedData } from "../lib/import/shipped-data";
import { buildIsStale } from "./build-stamp";

const dev = process.argv.includes("--dev");
const env = readEnv();
process.env.NEXT_TELEMETRY_DISABLED ??= "1"; // no phoning home; air-gapped networks are a use case
const t0 = performance.now();
const db = await connect();
console.log(
  db.handle.embedded ? `Embedded PostgreSQL (PGlite) in ${path.resolve(env.DATA_DIR)}` : "PostgreSQL at DATABASE_URL",
);
const prisma = await db.prisma();
const { migrationsApplied } = await prepareDatabase(db.pool, prisma);
if (migrationsApplied.length) console.log(`Applied migrations: ${migrationsApplied.join(", ")}`);
await loadShippedData(db.pool, prisma, {
  onEdition: (r) =>
    r.outcome === "loaded" &&
    console.log(
      `Loaded ${r.dataset} "${r.label}": ${r.summary?.parse?.observations} figures${r.summary?.carried ? `, ${r.summary.carried} carried unchanged from the edition it updates` : ""}`,
    ),
});
console.log(`Database ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

if (!dev && buildIsStale()) {
  console.log("Building the dashboard (npm run build)…");
  // the same build as `npm run build`, whose postbuild step stamps the sources it was built from
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Production: our HTTP server around Next.js (scripts/serve.ts: client address, request logs, graceful shutdown).
// If it dies without being asked to stop (killed, out of memory, a crash), it is started again at once: the database
// (embedded or not) stays open here, so readers are back within seconds. More than MAX_RESTARTS deaths within
// RESTART_WINDOW_MS is a crash loop: `npm start` then exits with status 1 for its supervisor (README, Deploy).
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
const deaths: number[] = [];
let stopping = false;
let server = launch();

function launch() {
  const child = dev
    ? spawn("npx", ["next", "dev", "-p", String(env.PORT)], { stdio: "inherit", env: process.env })
    : spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { stdio: "inherit", env: process.env });
  child.on("exit", (code, signal) => {
    const asked = stopping || (code === 0 && signal === null);
    if (asked) return void db.close().finally(() => process.exit(stopping ? 0 : (code ?? 0)));
    const now = Date.now();
    deaths.push(now);
    while (deaths[0]! < now - RESTART_WINDOW_MS) deaths.shift();
    if (deaths.length > MAX_RESTARTS) {
      console.error(
        `The server died ${deaths.length} times within a minute (last: ${signal ?? `exit ${code}`}); giving up.`,
      );
      return void db.close().finally(() => process.exit(1));
    }
    console.error(`The server process ended unexpectedly (${signal ?? `exit ${code}`}); starting it again.`);
    server = launch();
  });
  return child;
}

// SIGTERM: the server finishes its requests in flight and exits; only then does the database (embedded) close.
const shutdown = () => {
  stopping = true;
  server.kill("SIGTERM");
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
