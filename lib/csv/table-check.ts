import type { DecimalSeparator } from "./dialect";
import { isFileError } from "./issues";
import type { ReadChoices } from "./observations";
import type { ParseOverrides } from "./parse";
import { csvDialect, csvRecords } from "./readers/csv-records";
import type { SourceRecord } from "./readers/source-record";
import type { SeenName } from "./rows/skipped-rows";
import { TableReader } from "./table";

/** What a whole file holds, as the server will read it: how many figures, how many errors, every unknown name. */
export interface TableCheck {
  observations: number;
  errorCount: number;
  unknownCountries: { rows: number; names: SeenName[] };
}

/**
 * Reads every record of a table through the same validation as the import, keeping nothing but counts and the
 * names nobody recognises: the upload page lists those at once, and the editor may choose to leave their rows out.
 */
export async function checkTable(
  file: string,
  records: AsyncIterable<SourceRecord[]> | Iterable<SourceRecord[]>,
  decimal: DecimalSeparator,
  choices: ReadChoices,
): Promise<TableCheck | null> {
  const table = new TableReader(file, decimal, choices);
  const none = () => undefined;
  try {
    for await (const batch of records) table.read(batch, none);
    const r = table.finish(none);
    const names = r.skipped.unknown.list().slice(0, 200);
    return {
      observations: r.counts.observations,
      errorCount: r.errors.count,
      unknownCountries: { rows: r.skipped.unknown.rows, names },
    };
  } catch (error) {
    if (isFileError(error)) return null;
    throw error;
  }
}

/** The whole of a CSV file, checked as checkTable does; null when it cannot be read as a table at all. */
export async function checkCsv(file: string, bytes: Uint8Array, overrides: ParseOverrides): Promise<TableCheck | null> {
  const head = { bytes: bytes.subarray(0, 64 * 1024), done: bytes.length <= 64 * 1024 };
  const rest = [bytes.subarray(64 * 1024)].filter((b) => b.length > 0)[Symbol.iterator]();
  try {
    const dialect = csvDialect(file, head, overrides);
    const { unit, measure, skipUnknown } = overrides;
    const next = () => Promise.resolve(rest.next());
    return await checkTable(file, csvRecords(file, head, { next }, dialect), dialect.decimal, {
      unit,
      measure,
      skipUnknown,
    });
  } catch (error) {
    if (isFileError(error)) return null;
    throw error;
  }
}
