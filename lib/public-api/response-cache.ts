import "server-only";
import type { Representation } from "./http-cache";

// Answers kept in this server's memory, as the dashboard's pages are: an unpinned answer under the data version
// (lib/db/health.ts), which grows with every change a reader may see, so a new edition is a new key; a pinned answer
// under its edition alone, forever. Bounded by bytes, least recently used out first. Each server keeps its own.
const MAX_BYTES = 64 * 1024 * 1024;
const entries = new Map<string, Promise<Representation>>();
const sizes = new Map<string, number>();
let total = 0;

export function cachedRepresentation(key: string, build: () => Promise<Representation>): Promise<Representation> {
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }
  const value = build();
  entries.set(key, value);
  value.then(
    (rep) => {
      if (entries.get(key) !== value) return;
      const size = rep.body.length * 2 + 256;
      sizes.set(key, size);
      total += size;
      evict();
    },
    () => entries.delete(key),
  );
  return value;
}

function evict() {
  for (const key of entries.keys()) {
    if (total <= MAX_BYTES) return;
    total -= sizes.get(key) ?? 0;
    sizes.delete(key);
    entries.delete(key);
  }
}
