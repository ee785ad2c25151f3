// The worker thread that parses files, one at a time (lib/import/parse-in-worker.ts starts it and hands it each
// file). It runs the same parser as everything else, on bytes the main thread hands it one chunk at a time, and
// hands back each batch of figures; it parses on while the main thread loads them, and waits once
// BATCHES_IN_FLIGHT are not yet taken: memory stays bounded on both sides, and a file that exhausts this thread's
// heap or time ends this thread only. Between files it waits, so the next file
// does not pay for starting a thread and loading the parser (about 0.3 s).
import { parentPort } from "node:worker_threads";
import { isFileError } from "../csv/issues";
import type { ParsedObservation } from "../csv/observations";
import { type ParseOverrides, parseObservations } from "../csv/parse";
import { encodeRows } from "../db/rows-file";
import { prepareCountryLookup } from "../reference/country-lookup";
import type { ToMain, ToWorker } from "./parse-protocol";

const port = parentPort!;

let waiting: ((m: ToWorker) => void) | null = null;
/** a message that arrived while nothing waited for one (kept, never dropped) */
const early: ToWorker[] = [];
/** Batches handed over and not yet taken, at most: parsing overlaps loading, and memory stays bounded. */
const BATCHES_IN_FLIGHT = 4;
let inFlight = 0;
let room: (() => void) | null = null;
port.on("message", (m: ToWorker) => {
  if (m.kind === "taken") {
    inFlight = Math.max(inFlight - 1, 0);
    const resolve = room;
    room = null;
    return resolve?.();
  }
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
/** A request for bytes, one answer: the next chunk or the end. */
const ask = (m: ToMain) =>
  new Promise<ToWorker>((resolve) => {
    wait(resolve);
    port.postMessage(m);
  });
/** the current file's figures go over as COPY text (the main thread passes the bytes on to the database) */
let asRows = false;
const utf8 = new TextEncoder();
/**
 * Hands a batch over; waits first while BATCHES_IN_FLIGHT are not yet taken. Rows for the database stop at the
 * first refused row: the import refuses the file, and would only load them to roll them back.
 */
async function handOver(batch: ParsedObservation[], refused: number): Promise<void> {
  if (asRows && refused > 0) return;
  if (inFlight >= BATCHES_IN_FLIGHT) await new Promise<void>((resolve) => (room = resolve));
  inFlight += 1;
  if (!asRows) return port.postMessage({ kind: "batch", batch, refused } satisfies ToMain);
  // encoded here, on the parse's own thread, and moved rather than copied
  const rows = utf8.encode(encodeRows(batch));
  port.postMessage({ kind: "rows", rows } satisfies ToMain, [rows.buffer]);
}
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
/**
 * The file's bytes, a chunk at a time; the next chunk is asked for before this one is parsed, so it is on its way
 * meanwhile (asked for only once the parser wanted more, the worker waited ≈60 ms of a 300 ms parse for bytes). A
 * file that ends early leaves that answer unread: the loop below takes it as one of the messages it ignores.
 */
async function* bytes(): AsyncGenerator<Uint8Array> {
  let coming = ask({ kind: "want", line });
  for (;;) {
    const m = await coming;
    if (m.kind !== "bytes") return;
    coming = ask({ kind: "want", line });
    yield m.bytes;
  }
}

async function parse(file: string, overrides: ParseOverrides, rows: boolean) {
  asRows = rows;
  line = 0;
  told = 0;
  // a file refused midway leaves batches the main thread never took
  inFlight = 0;
  try {
    const result = await parseObservations(file, bytes(), handOver, overrides, reached);
    port.postMessage({ kind: "done", result } satisfies ToMain);
  } catch (error) {
    if (isFileError(error)) port.postMessage({ kind: "refused", issue: error.issue } satisfies ToMain);
    else {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ kind: "failed", name: e.name, message: e.message, line } satisfies ToMain);
    }
  }
}

// the country names' table, built while the first file is still on its way (the CLI starts this worker first thing)
prepareCountryLookup();
for (;;) {
  const m = await next();
  if (m.kind === "start") await parse(m.file, m.overrides, m.rows);
}
