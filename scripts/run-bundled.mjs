// `node scripts/run-bundled.mjs <script> [args…]` runs scripts/<script>.ts precompiled to plain JavaScript.
//
// `npm run import` goes through here. Loading the importer's TypeScript through tsx cost ≈0.45 s and ≈40 MB at every
// start (a loader thread, then a transform and a file lookup per module): for the largest valid edition, about as
// long as the import itself. esbuild bundles the script and the project code it imports into .cache/cli/<script>/<build>/,
// once, with what it loads only on demand (Prisma Client, for a brand-new database) in chunks of their own. Each run
// checks that none of the bundle's inputs changed since (a few ms of stat calls) and bundles again when one did, so
// an edited importer never runs from a stale bundle.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const script = process.argv[2];
if (!script || !/^[a-z-]+$/.test(script)) {
  console.error("usage: node scripts/run-bundled.mjs <script> [args…]  (runs scripts/<script>.ts)");
  process.exit(2);
}
const launcher = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(launcher), "..");
const builds = path.join(root, ".cache", "cli", script);
/** names the current build and lists its inputs; its date is when those inputs were read */
const manifestFile = path.join(builds, "current.json");

const manifest = readFreshManifest() ?? (await rebuild());
// the script reads its arguments from process.argv, as if it had been started directly
process.argv.splice(2, 1);
process.setSourceMapsEnabled(true);
await import(pathToFileURL(path.join(builds, manifest.build, `${script}.js`)).href);

/** The current build, unless a file it was built from (or this launcher, or the installed packages) is newer. */
function readFreshManifest() {
  try {
    const built = statSync(manifestFile).mtimeMs;
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    // npm keeps the packages' own file dates, so an upgrade is seen through its lockfile, not through the files
    const lockfile = statSync(path.join(root, "node_modules", ".package-lock.json"), { throwIfNoEntry: false });
    if (lockfile && lockfile.mtimeMs > built) return null;
    return [...manifest.inputs, launcher].some((file) => statSync(path.resolve(root, file)).mtimeMs > built)
      ? null
      : manifest;
  } catch {
    return null;
  }
}

async function rebuild() {
  const { build } = await import("esbuild");
  const started = new Date();
  // a build directory of its own, and the manifest replaced by a rename: a process starting meanwhile sees either
  // the previous build or this one, whole
  const id = `${started.getTime()}-${process.pid}`;
  const result = await build({
    entryPoints: [path.join(root, "scripts", `${script}.ts`)],
    outdir: path.join(builds, id),
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    // V8 compiles every module whole at each start: the importer's 1 MB of zod and project code took ≈40 ms, minified
    // (456 KB) ≈14 ms less; the source maps keep stack traces pointing at the sources
    minify: true,
    sourcesContent: false,
    metafile: true,
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
    // loaded from node_modules as they are: the embedded database and Prisma find WebAssembly beside their own
    // files, and pg must be the one instance Prisma's adapter also loads (one Pool class, one set of type parsers);
    // exceljs (loaded only for workbooks) is large: bundled, its source map alone cost ~0.1 s and 40 MB per run
    // esbuild bundles the import's parse worker on demand (lib/import/parse-worker-file.ts) and stays a package
    external: ["@electric-sql/*", "@prisma/*", "pg", "pg-native", "exceljs", "esbuild"],
    // CommonJS packages inside an ES module still call require() for Node's built-ins
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  // (esbuild names a JSON module imported with an attribute "file.json with { type: 'json' }")
  const inputs = [...new Set(Object.keys(result.metafile.inputs).map((input) => input.replace(/ with \{.*\}$/, "")))];
  const manifest = { build: id, inputs };
  const temporary = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  // dated when the inputs were read, so a file saved during the build leaves this build stale
  utimesSync(temporary, started, started);
  renameSync(temporary, manifestFile);
  removeOldBuilds(id);
  return manifest;
}

/** Earlier builds go once they are an hour old: a run that started from one may still load its on-demand chunks. */
function removeOldBuilds(keep) {
  for (const entry of readdirSync(builds, { withFileTypes: true })) {
    const dir = path.join(builds, entry.name);
    if (entry.isDirectory() && entry.name !== keep && Date.now() - statSync(dir).mtimeMs > 3_600_000)
      rmSync(dir, { recursive: true, force: true });
  }
}
