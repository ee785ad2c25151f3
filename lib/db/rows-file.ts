import type { ParsedObservation } from "../csv/observations";

// The validated figures of a file, between the parser and the database: one line per figure in PostgreSQL's COPY
// text format (tab-separated, \N for null, backslash escapes), so that a real server loads the file as it is.

export function encodeRowsLine(o: ParsedObservation): string {
  return `${o.country}\t${o.year}\t${o.value}\t${o.status}\t${copyText(o.note)}\t${copyText(o.source)}\n`;
}

/** A batch of figures as COPY text, one line each. */
export function encodeRows(batch: readonly ParsedObservation[]): string {
  let text = "";
  for (const o of batch) text += encodeRowsLine(o);
  return text;
}

function copyText(value: string | null): string {
  if (value === null) return "\\N";
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** One line of a rows file back into its fields (null for \N). */
export function decodeRowsLine(line: string): (string | null)[] {
  return line
    .split("\t")
    .map((field) =>
      field === "\\N"
        ? null
        : field.replace(/\\([\\tnr])/g, (_, c: string) =>
            c === "t" ? "\t" : c === "n" ? "\n" : c === "r" ? "\r" : "\\",
          ),
    );
}
