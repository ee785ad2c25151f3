import { fileErrorOf } from "../csv/issue-shape";
import type { ObservationSink, ParseOverrides, ParseResult } from "../csv/parse";
import type { ToMain, ToWorker } from "./parse-protocol";
import { giveBack, PARSE_LIMITS, type ParseLimits, takeWorker } from "./parse-worker-pool";

export { PARSE_LIMITS, type ParseLimits, parseWorkerCounts, prewarmParseWorker } from "./parse-worker-pool";

/**
 * parseObservations in a worker thread: the same parser and result, but a file that would exhaust memory or time
 * ends the worker, never the process, and is refused with a located error (the last line the worker read).
 */
export function parseInWorker(
  file: string,
  source: AsyncIterable<Uint8Array>,
  sink: ObservationSink,
  overrides: ParseOverrides = {},
  limits: ParseLimits = PARSE_LIMITS,
): Promise<ParseResult> {
  return parse(file, source, { figures: sink }, overrides, limits);
}

/**
 * The same, with each batch of figures handed over as COPY text lines (lib/db/rows-file.ts), UTF-8, encoded in the
 * worker: this thread only passes the bytes on.
 */
export function parseInWorkerToRows(
  file: string,
  source: AsyncIterable<Uint8Array>,
  sink: (rows: Uint8Array) => void | Promise<void>,
  overrides: ParseOverrides = {},
  limits: ParseLimits = PARSE_LIMITS,
): Promise<ParseResult> {
  return parse(file, source, { rows: sink }, overrides, limits);
}

type Sink = { figures: ObservationSink } | { rows: (rows: Uint8Array) => void | Promise<void> };

async function parse(
  file: string,
  source: AsyncIterable<Uint8Array>,
  sink: Sink,
  overrides: ParseOverrides,
  limits: ParseLimits,
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
    // the issues' texts are loaded only for a refusal (a file that passes needs none in this thread)
    const refuse = (code: "parseTimeLimit" | "parseMemoryLimit", params: Record<string, number>) =>
      end(
        () =>
          void import("../csv/issues").then(
            ({ fileError }) => reject(fileError({ file, line, column: 0 }, code, params)),
            reject,
          ),
      );
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
        case "rows":
          // one batch after another, in order, while the worker parses on
          loading = loading.then(async () => {
            if (settled) return; // refused or failed meanwhile: nothing more is loaded
            if (m.kind === "rows" && "rows" in sink) await sink.rows(m.rows);
            else if (m.kind === "batch" && "figures" in sink) await sink.figures(m.batch, m.refused);
            post({ kind: "taken" });
          });
          return loading;
        case "done":
          await loading;
          return end(() => resolve(m.result), true);
        case "refused":
          return end(() => reject(fileErrorOf(m.issue)), true);
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
    worker.postMessage({ kind: "start", file, overrides, rows: "rows" in sink } satisfies ToWorker);
  });
}
