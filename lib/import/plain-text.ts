import { z } from "zod";
import { AppError } from "../errors/app-error";

// Text editors type in (edition labels and notes, dataset details) is shown on pages, in feeds and drawn into
// preview images. A control character there is never meant: XML cannot hold most of them (every preview image of
// the dataset failed), PostgreSQL refuses NUL (a 500), and it is invisible when reviewed. So it is refused where the
// text comes in, naming where it is; line breaks and tabs are allowed where text may run over several lines.
const SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/u;

export const MAX_LABEL_CHARS = 200;
export const MAX_NOTE_CHARS = 2000;

/** Where the first control character is ("U+0000 at character 5"), or null when there is none. */
export function controlCharacterIn(text: string, multiline = false): string | null {
  const match = (multiline ? MULTI_LINE : SINGLE_LINE).exec(text);
  if (!match) return null;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `U+${code} at character ${[...text.slice(0, match.index)].length + 1}`;
}

/** A problem with one text field, or null: too long, empty when required, or holding a control character. */
export function plainTextProblem(
  text: string,
  { max, min = 0, multiline = false }: { max: number; min?: number; multiline?: boolean },
): string | null {
  const length = [...text].length;
  if (length < min) return min === 1 ? "must not be empty" : `must be at least ${min} characters`;
  if (length > max)
    return `is ${length.toLocaleString("en")} characters; at most ${max.toLocaleString("en")} are allowed`;
  const control = controlCharacterIn(text, multiline);
  return control && `holds a control character (${control}), which cannot be shown; remove it`;
}

/** The same rules as a Zod string (trimmed first), for request bodies and query parameters. */
export const zPlainText = (options: { max: number; min?: number; multiline?: boolean }) =>
  z
    .string()
    .trim()
    .superRefine((text, context) => {
      const problem = plainTextProblem(text, options);
      if (problem) context.addIssue({ code: "custom", message: `This text ${problem}.` });
    });

/** Checks an edition's label and note wherever an edition is made (upload, CLI); throws a 422-mapped AppError. */
export function checkEditionText({ label, note }: { label: string; note?: string | null }): void {
  const problems = [
    ["label", plainTextProblem(label, { max: MAX_LABEL_CHARS, min: 1 })],
    ["note", note ? plainTextProblem(note, { max: MAX_NOTE_CHARS, multiline: true }) : null],
  ].filter((p): p is [string, string] => p[1] !== null);
  if (problems.length)
    throw new AppError(
      "invalid_request",
      problems.map(([field, problem]) => `The edition's ${field} ${problem}.`).join(" "),
      { field: problems[0]![0] },
    );
}
