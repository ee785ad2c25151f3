import { AppError } from "../errors/app-error";

/**
 * How many uploads one server reads, parses and writes at once. Each costs a parse worker (one of the machine's
 * cores) and a temporary file, never a database connection while it arrives; beyond this a new one is refused
 * (503, Retry-After) instead of queueing behind the others.
 */
export const UPLOADS_AT_ONCE = 2;

// Route handlers are bundled separately: the count lives on globalThis so that every route sees one.
const KEY = Symbol.for("defense-dashboard.upload-slots");
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= { inUse: 0 }) as { inUse: number };

/** Takes one of the server's upload slots, or refuses with uploads_busy; call the returned release exactly once. */
export function takeUploadSlot(limit = UPLOADS_AT_ONCE): () => void {
  if (state.inUse >= limit)
    throw new AppError(
      "uploads_busy",
      `This server is already reading ${limit} uploads, as many as it takes at once; nothing was changed. Try again in a few seconds.`,
      { limit },
    );
  state.inUse++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.inUse--;
  };
}

export const uploadsInProgress = (): number => state.inUse;
