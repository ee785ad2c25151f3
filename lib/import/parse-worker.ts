// The worker thread that parses one file (lib/import/parse-in-worker.ts starts it). It runs the same parser as
// everything else, on bytes the main thread hands it one chunk at a time, and hands back each batch of figures,
// waiting for the main thread to take it: memory stays bounded on both sides, and a file that exhausts this
// thread's heap or time ends this thread only.
import { parentPort, workerData } from "node:worker_threads";
import { isFileError } from "../csv/issues";
import { type ParseOverrides, parseObservations } from "../csv/parse";
import type { ToMain, ToWorker } from "./parse-protocol";

const port = parentPort!;
const { file, overrides } = workerData as { file: string; overrides: ParseOverrides };

let waiting: ((m: ToWorker) => void) | null = null;
port.on("message", (m: ToWorker) => {
  const resolve = waiting;
  waiting = null;
  resolve?.(m);
});
/** One request to the main thread, one answer: the parser asks for bytes or hands over figures, never both at once. */
const ask = (m: ToMain) =>
  new Promise<ToWorker>((resolve) => {
    waiting = resolve;
    port.postMessage(m);
  });

let line = 0;
let told = 0;
/** Records the line reached; tells the main thread at most every 100 ms, so a refusal by its limits can name it. */
function reached(at: number) {
  line = at;
  const now = performance.now();
  if (now - told < 100) return;
  told = now;
  port.postMessage({ kind: "at", line } satisfies ToMain);
}
async function* bytes(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const m = await ask({ kind: "want", line });
    if (m.kind !== "bytes") return;
    yield m.bytes;
  }
}

try {
  const result = await parseObservations(
    file,
    bytes(),
    async (batch) => void (await ask({ kind: "batch", batch })),
    overrides,
    reached,
  );
  port.postMessage({ kind: "done", result } satisfies ToMain);
} catch (error) {
  if (isFileError(error)) port.postMessage({ kind: "refused", issue: error.issue } satisfies ToMain);
  else {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ kind: "failed", name: e.name, message: e.message, line } satisfies ToMain);
  }
}
