import { Worker } from "node:worker_threads";
import { parseWorkerFile } from "./parse-worker-file";

// The parse workers (lib/import/parse-worker.ts) a process keeps. Apart from lib/import/parse-in-worker.ts so that
// the CLI can start one first thing, before it loads the rest of itself (scripts/import.ts).

/** What one file's parse may cost; beyond it the worker is ended and the file refused, naming the limit. */
export interface ParseLimits {
  /** the worker's V8 heap (old generation), MB */
  heapMb: number;
  /** the worker's own running time (not time spent waiting for bytes or for the database): base + per MB read */
  baseSeconds: number;
  secondsPerMb: number;
}

/**
 * Far above what a valid file needs (SIPRI's workbook: 0.1 s and ≈40 MB of heap; 1,000,000 CSV rows: ≈3 s), far
 * below what takes a server down.
 */
export const PARSE_LIMITS: ParseLimits = { heapMb: 256, baseSeconds: 10, secondsPerMb: 1 };

/**
 * Workers that finished a file cleanly wait for the next one (starting a thread and loading the parser costs about
 * 0.3 s a file); at most this many wait, unreferenced, so they never keep a process alive. A worker ended by a limit
 * or an error is never reused.
 */
const MAX_IDLE_WORKERS = 2;
interface IdleWorker {
  worker: Worker;
  heapMb: number;
  /** the bundle it runs: a worker of older code (its sources changed since) is not reused */
  code: string;
}
const idle: IdleWorker[] = [];
const codeOf = new WeakMap<Worker, string>();
let started = 0;

/** A worker waiting for a file: an idle one of the same heap and code, else a new one. */
export async function takeWorker(heapMb: number): Promise<Worker> {
  const code = await parseWorkerFile();
  const i = idle.findIndex((w) => w.heapMb === heapMb && w.code === code);
  if (i >= 0) {
    const [{ worker }] = idle.splice(i, 1) as [IdleWorker];
    worker.off("exit", forget);
    worker.ref();
    return worker;
  }
  started += 1;
  const worker = new Worker(code, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    // the bundle is plain JavaScript: no TypeScript loader (the server runs with `--import tsx`) in the worker
    execArgv: [],
  });
  codeOf.set(worker, code);
  return worker;
}

/** A worker that finished its file itself, back to wait for the next one (or ended, when enough wait). */
export function giveBack(worker: Worker, heapMb: number) {
  if (idle.length >= MAX_IDLE_WORKERS) {
    void worker.terminate();
    return;
  }
  worker.unref();
  worker.once("exit", forget);
  idle.push({ worker, heapMb, code: codeOf.get(worker) ?? "" });
}

/**
 * Starts a worker that waits for a file, unless one already waits: it loads the parser (≈0.3 s) while the caller
 * does other work first (the CLI connects to the database and checks its migrations meanwhile).
 */
export async function prewarmParseWorker(heapMb = PARSE_LIMITS.heapMb): Promise<void> {
  if (idle.some((w) => w.heapMb === heapMb)) return;
  giveBack(await takeWorker(heapMb), heapMb);
}

/** How many workers wait for a file, and how many were started since this process began (for tests). */
export const parseWorkerCounts = () => ({ idle: idle.length, started });

/** An idle worker that ended (its process is exiting): no longer offered. */
function forget(this: Worker) {
  const i = idle.findIndex((w) => w.worker === this);
  if (i >= 0) idle.splice(i, 1);
}
