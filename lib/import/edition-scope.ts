/**
 * How a file relates to the dataset's current edition. "replace": the file is the whole new edition. "update":
 * the new edition is the current one plus the file's figures, added or revised; nothing is removed. Unset: the file
 * goes ahead only if it removes nothing, so a partial file can never silently replace a whole edition.
 */
export type EditionMode = "replace" | "update";
