// The worker thread that parses files, one at a time (lib/import/parse-in-worker.ts starts it and hands it each
// file). It runs the same parser as everything else, on bytes the main thread hands it one chunk at a time, and
// hands back each batch of figures, waiting for the main thread to take it: memory stays bounded on both sides, and
// a file that exhausts this thread's heap or time ends this thread only. Between files it waits, so the next file
// does not pay for starting a thread and loading the parser (about 0.3 s).
import { parentPort } from "node:worker_threads";
import { isFileError } from "../csv/issues";
import { type ParseOverrides, parseObservations } from "../csv/parse";
import type { ToMain, ToWorker } from "./parse-protocol";

const port = parentPort!;

let waiting: ((m: ToWorker) => void) | null = null;
/** a message that arrived while nothing waited for one (kept, never dropped) */
const early: ToWorker[] = [];
port.on("message", (m: ToWorker) => {
  const resolve = waiting;
  waiting = null;
  if (resolve) resolve(m);
  else early.push(m);
});
const wait = (resolve: (m: ToWorker) => void) => {
  const m = early.shift();
  if (m) resolve(m);
  else waiting = resolve;
};
/** One request to the main thread, one answer: the parser asks for bytes or hands over figures, never both at once. */
const ask = (m: ToMain) =>
  new Promise<ToWorker>((resolve) => {
    wait(resolve);
    port.postMessage(m);
  });
/** The next message, unasked: an idle worker's next file. */
const next = () => new Promise<ToWorker>(wait);

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

async function parse(file: string, overrides: ParseOverrides) {
  line = 0;
  told = 0;
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
}

for (;;) {
  const m = await next();
  if (m.kind === "start") await parse(m.file, m.overrides);
}
