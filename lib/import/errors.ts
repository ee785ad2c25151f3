export type ImportErrorCode =
  "unknown_dataset" | "duplicate_label" | "duplicate_dataset" | "invalid_request" | "would_remove";

/** An import refused; nothing was changed. The message is meant for the user; params let pages translate it. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "ImportError";
  }
}
