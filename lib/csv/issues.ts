import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json" with { type: "json" };
import {
  type CsvFileError,
  type CsvIssue,
  type CsvIssueCode,
  type CsvIssueParams,
  fileErrorOf,
  truncate,
} from "./issue-shape";
import { MAX_ISSUE_LIST_CHARS, MAX_ISSUE_PARAM_CHARS, MAX_ISSUE_TEXT_CHARS } from "./limits";

export {
  type CsvFileError,
  type CsvIssue,
  type CsvIssueCode,
  type CsvIssueParams,
  formatIssue,
  isFileError,
  truncate,
} from "./issue-shape";

// The English text of each issue, from the same messages the interface translates (messages/*.json, csvIssues):
// the CLI and the API print it; pages show the reader's language from `code` and `params`.
const english = createTranslator({ locale: "en", messages: en, namespace: "csvIssues" });
export const issueText = (code: CsvIssueCode, params: CsvIssueParams = {}) => english(code, params);

export const MAX_REPORTED_ISSUES = 100;

/**
 * The issue with its text and parameters cut to their limits (lib/csv/limits.ts), and its English message written
 * from those: however long the cell it quotes, an issue stays small, and so does the answer that lists it.
 */
function boundedIssue(issue: Omit<CsvIssue, "message">): CsvIssue {
  const text = issue.text === undefined ? undefined : truncate(issue.text, MAX_ISSUE_TEXT_CHARS);
  let params = issue.params;
  if (params)
    params = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? truncate(v, MAX_ISSUE_PARAM_CHARS) : v]),
    );
  const columnName = issue.columnName === undefined ? undefined : truncate(issue.columnName, MAX_ISSUE_TEXT_CHARS);
  const bounded = { ...issue, text, params, columnName, message: issueText(issue.code, params) };
  if (text === undefined) delete bounded.text;
  if (params === undefined) delete bounded.params;
  if (columnName === undefined) delete bounded.columnName;
  return bounded;
}

const sizeOf = (issue: CsvIssue) =>
  issue.message.length +
  (issue.text?.length ?? 0) +
  Object.values(issue.params ?? {}).reduce<number>((n, v) => n + String(v).length, 0);

/**
 * Collects issues, keeping the first MAX_REPORTED_ISSUES (and no more than MAX_ISSUE_LIST_CHARS of them) and
 * counting all. The English message is written only for the issues kept: a file of a million duplicates must not
 * format a million messages nobody reads.
 */
export class IssueList {
  readonly items: CsvIssue[] = [];
  count = 0;
  private chars = 0;
  private firsts = 0;
  /** `first`: a whole-file issue, kept ahead of the row issues however many of those there are. */
  add(issue: Omit<CsvIssue, "message">, first = false): void {
    this.count += 1;
    if (!first && (this.items.length >= MAX_REPORTED_ISSUES || this.chars >= MAX_ISSUE_LIST_CHARS)) return;
    const kept = boundedIssue(issue);
    this.chars += sizeOf(kept);
    if (first) {
      this.items.splice(this.firsts++, 0, kept);
      while (
        this.items.length > this.firsts &&
        (this.items.length > MAX_REPORTED_ISSUES || this.chars > MAX_ISSUE_LIST_CHARS)
      )
        this.chars -= sizeOf(this.items.pop()!);
    } else this.items.push(kept);
  }
}

export function fileError(
  where: Omit<CsvIssue, "message" | "code" | "params">,
  code: CsvIssueCode,
  params?: CsvIssueParams,
): CsvFileError {
  return fileErrorOf(boundedIssue({ ...where, code, params }));
}
