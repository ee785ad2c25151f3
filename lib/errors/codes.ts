import type en from "../../messages/en.json";

type MessageKey = `apiErrors.${keyof typeof en.apiErrors}`;

interface ErrorKind {
  /** the HTTP status a request refused this way answers with */
  status: number;
  /** its text for the user, in messages/*.json (the English text a thrower writes may say more) */
  message: MessageKey;
  /** seconds after which a retry may succeed (sent as Retry-After) */
  retryAfter?: number;
}

/** Every way the product refuses something: one code, its HTTP status and the key of its text. */
export const ERROR_KINDS = {
  // datasets and editions (the import, the upload review, the CLI)
  unknown_dataset: { status: 404, message: "apiErrors.unknown_dataset" },
  unknown_edition: { status: 404, message: "apiErrors.unknown_edition" },
  duplicate_label: { status: 409, message: "apiErrors.duplicate_label" },
  duplicate_dataset: { status: 409, message: "apiErrors.duplicate_dataset" },
  would_remove: { status: 409, message: "apiErrors.would_remove" },
  conflict: { status: 409, message: "apiErrors.conflict" },
  // another change of the same dataset held its lock past lock_timeout (lib/db/transaction.ts)
  busy: { status: 503, message: "apiErrors.busy", retryAfter: 5 },
  not_staged: { status: 409, message: "apiErrors.not_staged" },
  not_committed: { status: 409, message: "apiErrors.not_committed" },
  confirm_removals: { status: 409, message: "apiErrors.confirm_removals" },
  invalid_request: { status: 422, message: "apiErrors.invalid_request" },
  // a file that cannot be read as a table at all: the error carries the located issue (lib/csv)
  unreadable_file: { status: 422, message: "apiErrors.unreadable_file" },
  // request bodies
  upload_too_large: { status: 413, message: "apiErrors.upload_too_large" },
  upload_too_slow: { status: 408, message: "apiErrors.upload_too_slow" },
  uploads_busy: { status: 503, message: "apiErrors.uploads_busy", retryAfter: 10 },
  body_too_large: { status: 413, message: "apiErrors.body_too_large" },
  unsupported_media_type: { status: 415, message: "apiErrors.unsupported_media_type" },
  // sign-in
  sign_in_busy: { status: 503, message: "apiErrors.sign_in_busy", retryAfter: 1 },
  // link preview images: too many being drawn at once
  renders_busy: { status: 503, message: "apiErrors.renders_busy", retryAfter: 2 },
  // the public read API
  invalid_parameter: { status: 400, message: "apiErrors.invalid_parameter" },
  not_found: { status: 404, message: "apiErrors.not_found" },
  method_not_allowed: { status: 405, message: "apiErrors.method_not_allowed" },
  // any request
  unavailable: { status: 503, message: "apiErrors.unavailable", retryAfter: 5 },
  internal: { status: 500, message: "apiErrors.internal" },
} as const satisfies Record<string, ErrorKind>;

export type AppErrorCode = keyof typeof ERROR_KINDS;

export const errorKind = (code: AppErrorCode): ErrorKind => ERROR_KINDS[code];
