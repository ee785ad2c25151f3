import type en from "../../messages/en.json";
import { AppError, type ErrorIssue, isAppError } from "../errors/app-error";

// What an issue is, and how one is printed, apart from the texts that write its message (lib/csv/issues.ts): a
// process that only passes finished issues on (the import CLI, when the file is fine) loads no translator.

export type CsvIssueCode = keyof typeof en.csvIssues;
export type CsvIssueParams = Record<string, string | number>;

/** A problem found in an uploaded file, located precisely enough for the user to fix it. */
export interface CsvIssue extends ErrorIssue {
  file: string;
  /** 1-based physical line in the file */
  line: number;
  /** 1-based column (field) number; 0 when the problem concerns the whole file or line */
  column: number;
  /** header of that column, when known */
  columnName?: string;
  /** what is wrong, for translation */
  code: CsvIssueCode;
  params?: CsvIssueParams;
  /** the same in English */
  message: string;
  /** the offending text, as found */
  text?: string;
}

/** "text…" cut at `max` characters; unchanged when shorter. */
export const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function formatIssue(issue: CsvIssue): string {
  const where = `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ""}`;
  const column = issue.columnName ? ` [${issue.columnName}]` : "";
  const text = issue.text !== undefined ? ` (found "${truncate(issue.text, 60)}")` : "";
  return `${where}${column}: ${issue.message}${text}`;
}

/** A file that cannot be read as a table at all (empty, binary, HTML, no header): an AppError with its issue. */
export type CsvFileError = AppError & { readonly code: "unreadable_file"; readonly issue: CsvIssue };

/** The error of a file refused for `issue`, an issue already written (bounded, with its message). */
export const fileErrorOf = (issue: CsvIssue): CsvFileError =>
  new AppError("unreadable_file", formatIssue(issue), issue.params, { issue }) as CsvFileError;

export const isFileError = (error: unknown): error is CsvFileError =>
  isAppError(error, "unreadable_file") && error.issue !== undefined;
