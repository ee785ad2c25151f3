// After `next build` (npm's postbuild step): marks the scripts every page runs at startup (React DOM, Next.js's
// router, Turbopack's runtime: `rootMainFiles` in the build manifest) with V8's per-file compile hint,
// `//# allFunctionsCalledOnLoad`. Chromium then compiles their functions while it streams the file, on a background
// thread, instead of one by one on the main thread as they are first called: on a phone (4x CPU) that was most of
// the page's one long start-up task (docs/PERFORMANCE.md). Other browsers read a comment. Next.js has no option
// for it; each build's files get it once, before any is served, so a file name always means the same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Adds the hint to the start-up scripts of the build in `distDir`; returns the files it marked (none twice). */
export function addCompileHints(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  const marked: string[] = [];
  for (const file of manifest.rootMainFiles ?? []) {
    const full = path.join(distDir, file);
    const source = readFileSync(full, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(full, COMPILE_HINT + source);
    marked.push(file);
  }
  return marked;
}

if (process.argv[1]?.endsWith("compile-hints.ts")) {
  const marked = addCompileHints(".next");
  console.log(`compile hints: ${marked.length} start-up script${marked.length === 1 ? "" : "s"} marked`);
}
