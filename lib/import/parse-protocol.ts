import type { CsvIssue } from "../csv/issues";
import type { ParsedObservation } from "../csv/observations";
import type { ParseOverrides, ParseResult } from "../csv/parse";

/** What the parse worker asks of the main thread, or tells it. `line`: the last record line read. */
export type ToMain =
  | { kind: "want"; line: number }
  /** `refused`: rows refused so far (ObservationSink) */
  | { kind: "batch"; batch: ParsedObservation[]; refused: number }
  /** a batch of figures as COPY text lines (lib/db/rows-file.ts), UTF-8, when the file was started with `rows` */
  | { kind: "rows"; rows: Uint8Array }
  /** the line reached, now and then while the worker reads without asking for bytes (a workbook already whole) */
  | { kind: "at"; line: number }
  | { kind: "done"; result: ParseResult }
  | { kind: "refused"; issue: CsvIssue }
  | { kind: "failed"; name: string; message: string; line: number };

/**
 * The main thread's answer to the worker's last request ("at" gets none): the next bytes, the end, "batch taken";
 * or, to an idle worker, the next file to parse.
 */
export type ToWorker =
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "end" }
  | { kind: "taken" }
  /** `rows`: hand the figures over encoded as COPY text lines ("rows"), not as objects ("batch") */
  | { kind: "start"; file: string; overrides: ParseOverrides; rows: boolean };
