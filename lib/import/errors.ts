export type ImportErrorCode = "unknown_dataset" | "duplicate_label" | "duplicate_dataset" | "invalid_request";

/** An import refused before any row was read; the message is meant for the user. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ImportError";
  }
}
