import type { AppErrorCode } from "./codes";

export type AppErrorParams = Record<string, string | number>;

/** Where in an input the problem lies and what it is, for translation (lib/csv's CsvIssue is one). */
export interface ErrorIssue {
  file: string;
  line: number;
  column: number;
  columnName?: string;
  code: string;
  params?: AppErrorParams;
  message: string;
  text?: string;
}

export interface AppErrorDetails {
  /** for unreadable_file: the located problem */
  issue?: ErrorIssue;
  /** for invalid_parameter: each bad parameter and why */
  invalidParams?: { name: string; reason: string }[];
  cause?: unknown;
}

/**
 * The product's one error type: something refused, and nothing was changed. `message` is English for logs, the CLI
 * and API clients; `code` and `params` let pages say it in the reader's language (lib/errors/codes.ts).
 */
export class AppError extends Error {
  readonly issue?: ErrorIssue;
  readonly invalidParams?: { name: string; reason: string }[];

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly params: AppErrorParams = {},
    details: AppErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "AppError";
    if (details.issue) this.issue = details.issue;
    if (details.invalidParams) this.invalidParams = details.invalidParams;
  }
}

/** `error` is an AppError, of one of `codes` when given. */
export function isAppError(error: unknown, ...codes: AppErrorCode[]): error is AppError {
  return error instanceof AppError && (codes.length === 0 || codes.includes(error.code));
}
