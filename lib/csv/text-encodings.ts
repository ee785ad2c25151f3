// Apart from the detector (lib/csv/encoding.ts), so that validating a --encoding flag loads no detector.

/** Encodings the importer reads; every one is decoded by TextDecoder in Node (full ICU) and in browsers. */
export const TEXT_ENCODINGS = [
  "utf-8",
  "utf-16le",
  "utf-16be",
  "windows-1252",
  "shift_jis",
  "euc-jp",
  "windows-1256",
  "iso-8859-6",
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];
