// Expensive answers that many URLs share (a link preview PNG): kept in a bounded cache under a normalised key, the
// same key asked for twice at once rendered once, and at most `maxRunning` renders at a time with `maxWaiting`
// queued; beyond that the caller is told to come back (AppError renders_busy, a 503), so no number of distinct URLs
// can take the server's CPU or memory. Pure Node, no framework.
import { AppError } from "../errors/app-error";

export interface BoundedRenders<T> {
  /** The cached answer for `key`, or `render()`'s (cached); `hit` says which. */
  get(key: string, render: () => Promise<T>): Promise<{ value: T; hit: boolean }>;
  load(): { cached: number; running: number; waiting: number };
}

export function boundedRenders<T>({
  maxEntries,
  maxRunning,
  maxWaiting,
}: {
  maxEntries: number;
  maxRunning: number;
  maxWaiting: number;
}): BoundedRenders<T> {
  const cache = new Map<string, T>(); // insertion order = least recently used first
  const inFlight = new Map<string, Promise<T>>();
  const waiting: (() => void)[] = [];
  let running = 0;

  async function slot<R>(work: () => Promise<R>): Promise<R> {
    if (running >= maxRunning) {
      if (waiting.length >= maxWaiting)
        throw new AppError("renders_busy", "Too many images are being drawn right now; try again in a moment.");
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else running++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  }

  return {
    async get(key, render) {
      const cached = cache.get(key);
      if (cached !== undefined) {
        cache.delete(key);
        cache.set(key, cached);
        return { value: cached, hit: true };
      }
      let pending = inFlight.get(key);
      if (!pending) {
        pending = slot(render).then((value) => {
          cache.set(key, value);
          if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
          return value;
        });
        inFlight.set(key, pending);
        void pending.finally(() => inFlight.delete(key)).catch(() => {});
      }
      return { value: await pending, hit: false };
    },
    load: () => ({ cached: cache.size, running, waiting: waiting.length }),
  };
}
