import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

let chunks: string[] | null = null;

/**
 * The drawings' script chunks of this build (written by scripts/drawing-chunks.ts after `next build`), for the page
 * to prefetch when idle; none without that file (a development server).
 */
export function drawingChunks(): string[] {
  if (chunks) return chunks;
  try {
    const listed: unknown = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "drawing-chunks.json"), "utf8"));
    chunks = Array.isArray(listed)
      ? listed.filter((c): c is string => typeof c === "string" && /^\/_next\/static\/chunks\/[\w.-]+\.js$/.test(c))
      : [];
  } catch {
    chunks = [];
  }
  return chunks;
}
