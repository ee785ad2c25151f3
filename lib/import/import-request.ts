import type { CsvIssue } from "../csv/issues";
import type { ParseOverrides, ParseResult } from "../csv/parse";
import type { EditionMode } from "./edition-scope";

export interface ImportRequest {
  /** dataset slug; the dataset must exist */
  dataset: string;
  label: string;
  fileName: string;
  source: AsyncIterable<Uint8Array>;
  createdBy: string;
  note?: string | null;
  /** publication or cut-off date of the source edition, YYYY-MM-DD */
  publishedOn?: string | null;
  overrides?: ParseOverrides;
  /** bytes read so far, for progress bars */
  onProgress?: (bytes: number) => void;
  /**
   * "commit" (CLI, shipped data): the edition becomes current at once. "stage" (upload): the edition is stored but
   * not current, for review; commitEdition makes it current later.
   */
  mode?: "commit" | "stage";
  /** replace the current edition, or update it with the file's figures; unset = refuse a file that removes figures */
  editionMode?: EditionMode;
  /**
   * With editionMode "update": the committed edition the file updates, when it is not the current one (a shipped
   * update names the edition listed before it, whatever a database made by an older manifest has as current).
   */
  updates?: number;
}

export interface ImportSummary {
  status: "committed" | "staged" | "unchanged" | "rejected";
  /** the new current edition, or the existing identical one when unchanged */
  editionId: number | null;
  sha256: string | null;
  parse: ParseResult | null;
  /** file-level problem (empty, binary, HTML, no header) or the first row errors */
  errors: CsvIssue[];
  errorCount: number;
  milliseconds: number;
  /** how long the dataset's row was locked (0 when the file was refused before any write) */
  lockedMilliseconds: number;
  /** the dataset's current edition when this file was loaded (or the edition it updates): what a staged edition is reviewed against */
  basedOnEditionId: number | null;
  /** figures copied from the edition updated (update mode), and current figures the new edition leaves out */
  carried: number;
  removed: number;
}
