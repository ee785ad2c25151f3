import type { CsvIssue } from "../csv/issues";
import type { ParsedObservation } from "../csv/observations";
import type { ParseResult } from "../csv/parse";

/** What the parse worker asks of the main thread, or tells it at the end. `line`: the last record line read. */
export type ToMain =
  | { kind: "want"; line: number }
  | { kind: "batch"; batch: ParsedObservation[] }
  | { kind: "done"; result: ParseResult }
  | { kind: "refused"; issue: CsvIssue }
  | { kind: "failed"; name: string; message: string; line: number };

/** The main thread's answer to the worker's last request: the next bytes, the end of the input, or "batch taken". */
export type ToWorker = { kind: "bytes"; bytes: Uint8Array } | { kind: "end" } | { kind: "taken" };
