import { AppError } from "../errors/app-error";

// Each scrypt call at the current cost takes ~128 MiB and a core for ~0.3 s. Sign-in attempts beyond what the
// machine can absorb wait here instead of running at once; when too many are waiting, they are refused (503).
const MAX_RUNNING = 2;
const MAX_WAITING = 16;

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when fewer than MAX_RUNNING scrypt calls are running; throws AppError sign_in_busy when the queue is full. */
export async function withScryptSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING)
      throw new AppError("sign_in_busy", "Too many sign-ins at once; try again in a moment.");
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** For tests and logs: calls running and waiting now. */
export const scryptLoad = () => ({ running, waiting: waiting.length });
