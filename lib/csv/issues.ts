import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json" with { type: "json" };
import { AppError, type ErrorIssue, isAppError } from "../errors/app-error";

export type CsvIssueCode = keyof typeof en.csvIssues;
export type CsvIssueParams = Record<string, string | number>;

// The English text of each issue, from the same messages the interface translates (messages/*.json, csvIssues):
// the CLI and the API print it; pages show the reader's language from `code` and `params`.
const english = createTranslator({ locale: "en", messages: en, namespace: "csvIssues" });
export const issueText = (code: CsvIssueCode, params: CsvIssueParams = {}) => english(code, params);

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

export const MAX_REPORTED_ISSUES = 100;

export function formatIssue(issue: CsvIssue): string {
  const where = `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ""}`;
  const column = issue.columnName ? ` [${issue.columnName}]` : "";
  const text = issue.text !== undefined ? ` (found "${truncate(issue.text, 60)}")` : "";
  return `${where}${column}: ${issue.message}${text}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Collects issues, keeping the first MAX_REPORTED_ISSUES and counting all. The English message is written only for
 * the issues kept: a file of a million duplicates must not format a million messages nobody reads.
 */
export class IssueList {
  readonly items: CsvIssue[] = [];
  count = 0;
  /** `first`: a whole-file issue, kept ahead of the row issues however many of those there are. */
  add(issue: Omit<CsvIssue, "message">, first = false): void {
    this.count += 1;
    if (first) {
      this.items.splice(this.firsts++, 0, { ...issue, message: issueText(issue.code, issue.params) });
      if (this.items.length > MAX_REPORTED_ISSUES) this.items.pop();
    } else if (this.items.length < MAX_REPORTED_ISSUES)
      this.items.push({ ...issue, message: issueText(issue.code, issue.params) });
  }
  private firsts = 0;
}

/** A file that cannot be read as a table at all (empty, binary, HTML, no header): an AppError with its issue. */
export type CsvFileError = AppError & { readonly code: "unreadable_file"; readonly issue: CsvIssue };

export function fileError(
  where: Omit<CsvIssue, "message" | "code" | "params">,
  code: CsvIssueCode,
  params?: CsvIssueParams,
): CsvFileError {
  const issue: CsvIssue = { ...where, code, params, message: issueText(code, params) };
  return new AppError("unreadable_file", formatIssue(issue), params, { issue }) as CsvFileError;
}

export const isFileError = (error: unknown): error is CsvFileError =>
  isAppError(error, "unreadable_file") && error.issue !== undefined;
