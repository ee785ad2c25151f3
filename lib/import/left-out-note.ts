import type { ParseResult } from "../csv/parse";
import { describeNames } from "../csv/rows/skipped-rows";

/**
 * The edition's note with what the editor chose to leave out at import, so the history says which rows of the file
 * are not in the edition and why. Unchanged when nothing was left out.
 */
export function noteWithLeftOut(note: string | null, parse: ParseResult): string | null {
  const { rows, names } = parse.unknownCountries;
  if (rows === 0 || !parse.leftOutUnknown) return note;
  const listed = describeNames(names, names.length);
  const more = rows - names.reduce((sum, n) => sum + n.rows, 0);
  const left =
    `Left out at import, as the editor chose: ${rows} ${rows === 1 ? "row" : "rows"} of ${parse.file} whose ` +
    `country was not recognised: ${listed}${more > 0 ? ` and ${more} more rows` : ""}.`;
  return note ? `${note}\n\n${left}` : left;
}
