// After `next build` (npm's postbuild step): lists the script chunks the charts' drawings load when the reader first
// reaches for the page (app/[locale]/(dashboard)/_components/drawings.tsx), so that the page can fetch them into the
// browser's cache when it is idle, without running them (<link rel="prefetch">): the first redraw then waits for
// no network, and a reader who only reads pays no main-thread time. Turbopack writes each dynamic import as a list
// of chunk paths in the importing chunk; a drawing's list is one that holds a chunk drawing its chart's SVG.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The class of each drawing's SVG (path-chart-svg.tsx and the others): it is in the chunk that draws it. */
const DRAWING_MARKERS = ["path-chart", "ranking-chart", "definitions-chart", "outlook-chart"];
export const DRAWING_CHUNKS_FILE = "drawing-chunks.json";

/** The drawings' chunks in the build in `distDir`, as URLs under /_next/, each once. */
export function findDrawingChunks(distDir: string): string[] {
  const dir = path.join(distDir, "static", "chunks");
  const sources = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => [`static/chunks/${f}`, readFileSync(path.join(dir, f), "utf8")]),
  );
  const drawing = new Set(
    [...sources].filter(([, s]) => DRAWING_MARKERS.some((m) => s.includes(`className:"${m}"`))).map(([f]) => f),
  );
  const chunks = new Set<string>();
  for (const source of sources.values())
    for (const [, list] of source.matchAll(/Promise\.all\(\[((?:"static\/chunks\/[\w.-]+\.js",?)+)\]\)?\.map/g)) {
      const files = list!.split(",").map((f) => f.slice(1, -1));
      if (files.some((f) => drawing.has(f))) files.forEach((f) => chunks.add(f));
    }
  return [...chunks].sort().map((f) => `/_next/${f}`);
}

export function writeDrawingChunks(distDir: string): string[] {
  const chunks = findDrawingChunks(distDir);
  writeFileSync(path.join(distDir, DRAWING_CHUNKS_FILE), JSON.stringify(chunks));
  return chunks;
}

if (process.argv[1]?.endsWith("drawing-chunks.ts")) {
  const chunks = writeDrawingChunks(".next");
  console.log(`drawing chunks: ${chunks.length} listed for prefetching`);
}
