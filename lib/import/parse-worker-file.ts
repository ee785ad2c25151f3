import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The parse worker runs as plain JavaScript wherever the importer runs: the production server (a Turbopack build),
// the import CLI (an esbuild bundle), `npm start` and the tests (TypeScript through tsx or Vite). None of those
// bundles a worker entry the others could find, so the worker is bundled here, once, by esbuild from
// lib/import/parse-worker.ts into .cache/parse-worker/, and again whenever one of its inputs changes (the same check
// as scripts/run-bundled.mjs: a few stat calls), so a worker never runs code older than its sources.

const ENTRY = path.join("lib", "import", "parse-worker.ts");

/** The project's root: the working directory `npm start` and `npm run` give, else found above this module. */
function projectRoot(): string {
  if (existsSync(path.join(process.cwd(), ENTRY))) return process.cwd();
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); dir !== path.dirname(dir); dir = path.dirname(dir))
    if (existsSync(path.join(dir, ENTRY))) return dir;
  throw new Error(`cannot find ${ENTRY} (run from the project's directory)`);
}

interface Manifest {
  build: string;
  inputs: string[];
}

let building: Promise<string> | null = null;

/** The path of the worker's current bundle, built first if it is missing or older than a file it is made from. */
export async function parseWorkerFile(): Promise<string> {
  const root = projectRoot();
  const dir = path.join(root, ".cache", "parse-worker");
  const manifest = freshManifest(root, dir);
  if (manifest) return path.join(dir, manifest.build, "parse-worker.mjs");
  building ??= rebuild(root, dir).finally(() => (building = null));
  return building;
}

function freshManifest(root: string, dir: string): Manifest | null {
  try {
    const file = path.join(dir, "current.json");
    const built = statSync(file).mtimeMs;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    const lockfile = statSync(path.join(root, "node_modules", ".package-lock.json"), { throwIfNoEntry: false });
    if (lockfile && lockfile.mtimeMs > built) return null;
    if (!existsSync(path.join(dir, manifest.build, "parse-worker.mjs"))) return null;
    return manifest.inputs.some((input) => statSync(path.resolve(root, input)).mtimeMs > built) ? null : manifest;
  } catch {
    return null;
  }
}

async function rebuild(root: string, dir: string): Promise<string> {
  const { build } = await import("esbuild");
  const started = new Date();
  // a directory per build, and the manifest replaced by a rename: a process starting meanwhile sees one build whole
  const id = `${started.getTime()}-${process.pid}`;
  const result = await build({
    entryPoints: { "parse-worker": path.join(root, ENTRY) },
    outdir: path.join(dir, id),
    outExtension: { ".js": ".mjs" },
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const inputs = [...new Set(Object.keys(result.metafile.inputs).map((input) => input.replace(/ with \{.*\}$/, "")))];
  const manifest: Manifest = { build: id, inputs };
  const temporary = path.join(dir, `current.json.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(manifest));
  // dated when the inputs were read, so a file saved during the build leaves this build stale
  utimesSync(temporary, started, started);
  renameSync(temporary, path.join(dir, "current.json"));
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const old = path.join(dir, entry.name);
    // a worker started from an earlier build has loaded it whole: an hour is only for processes still starting one
    if (entry.isDirectory() && entry.name !== id && Date.now() - statSync(old).mtimeMs > 3_600_000)
      rmSync(old, { recursive: true, force: true });
  }
  return path.join(dir, id, "parse-worker.mjs");
}
