import { Worker } from "node:worker_threads";
import { fileError, type CsvFileError, type CsvIssue } from "../csv/issues";
import type { ObservationSink, ParseOverrides, ParseResult } from "../csv/parse";
import type { ToMain, ToWorker } from "./parse-protocol";
import { parseWorkerFile } from "./parse-worker-file";

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
 * parseObservations in a worker thread: the same parser and result, but a file that would exhaust memory or time
 * ends the worker, never the process, and is refused with a located error (the last line the worker read).
 */
export async function parseInWorker(
  file: string,
  source: AsyncIterable<Uint8Array>,
  sink: ObservationSink,
  overrides: ParseOverrides = {},
  limits: ParseLimits = PARSE_LIMITS,
): Promise<ParseResult> {
  const worker = await takeWorker(limits.heapMb);
  const input = source[Symbol.asyncIterator]();
  let bytes = 0;
  let line = 1;
  let settled = false;
  return new Promise<ParseResult>((resolve, reject) => {
    /** the batches being loaded, one after another */
    let loading: Promise<void> = Promise.resolve();
    /** `reusable`: the worker finished the file itself (figures or a refusal) and may take the next one */
    const end = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      clearInterval(clock);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (reusable) giveBack(worker, limits.heapMb);
      else void worker.terminate();
      void input.return?.();
      // the answer only once no batch is being loaded: the caller may then release its connection at once
      void loading.catch(() => undefined).then(outcome);
    };
    const refuse = (code: "parseTimeLimit" | "parseMemoryLimit", params: Record<string, number>) =>
      end(() => reject(fileError({ file, line, column: 0 }, code, params)));
    // the worker's event loop utilisation counts the time it ran, including a long task still running; from its
    // first request for bytes on (its own start, loading the parser, is not the file's doing)
    let started: number | null = null;
    const clock = setInterval(() => {
      if (started === null) return;
      const allowed = limits.baseSeconds + (limits.secondsPerMb * bytes) / 1e6;
      if (worker.performance.eventLoopUtilization().active - started > allowed * 1000)
        refuse("parseTimeLimit", { seconds: Math.ceil(allowed) });
    }, 100);
    const post = (m: ToWorker, transfer: ArrayBuffer[] = []) => {
      if (!settled) worker.postMessage(m, transfer);
    };
    const answer = async (m: ToMain) => {
      switch (m.kind) {
        case "want": {
          started ??= worker.performance.eventLoopUtilization().active;
          line = Math.max(m.line, 1);
          const next = await input.next();
          if (next.done) return post({ kind: "end" });
          bytes += next.value.length;
          // a copy of the chunk's bytes only (a chunk may be a view of a larger buffer), moved, not cloned
          const copy = new Uint8Array(next.value);
          return post({ kind: "bytes", bytes: copy }, [copy.buffer]);
        }
        case "at":
          line = Math.max(m.line, 1);
          return;
        case "batch":
          // one batch after another, in order, while the worker parses on
          loading = loading.then(async () => {
            if (settled) return; // refused or failed meanwhile: nothing more is loaded
            await sink(m.batch);
            post({ kind: "taken" });
          });
          return loading;
        case "done":
          await loading;
          return end(() => resolve(m.result), true);
        case "refused":
          return end(() => reject(refusal(m.issue)), true);
        case "failed":
          line = Math.max(m.line, 1);
          // RangeError: a stack, string or array the file made too large; anything else is a bug, not the file's
          if (m.name === "RangeError") return refuse("parseMemoryLimit", { max: limits.heapMb });
          return end(() => reject(new Error(`parsing ${file} failed: ${m.name}: ${m.message}`)));
      }
    };
    const onMessage = (m: ToMain) => void answer(m).catch((error: Error) => end(() => reject(error)));
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") refuse("parseMemoryLimit", { max: limits.heapMb });
      else end(() => reject(error));
    };
    const onExit = (code: number) => end(() => reject(new Error(`the parse worker stopped (exit ${code}) unasked`)));
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ kind: "start", file, overrides } satisfies ToWorker);
  });
}

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

async function takeWorker(heapMb: number): Promise<Worker> {
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

function giveBack(worker: Worker, heapMb: number) {
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
let started = 0;

/** An idle worker that ended (its process is exiting): no longer offered. */
function forget(this: Worker) {
  const i = idle.findIndex((w) => w.worker === this);
  if (i >= 0) idle.splice(i, 1);
}

function refusal(issue: CsvIssue): CsvFileError {
  const { code, params, message: _, ...where } = issue;
  return fileError(where, code, params);
}
