import type { DecimalSeparator } from "./dialect";
import { fileError } from "./issues";
import { detectLayout } from "./layout";
import { MAX_COLUMNS, MAX_TEXT_CHARS } from "./limits";
import { ObservationReader, type ParsedObservation, type ReadChoices } from "./observations";
import { legendOf } from "./rows/cell-legend";
import type { SourceRecord } from "./readers/source-record";

/** Records read before the header must have been seen: title and notes lines above it, World Bank metadata. */
const PREAMBLE_RECORDS = 40;

/**
 * The one row validation every reader feeds (CSV files and worksheets alike): finds the header among the first
 * records and the colour legend in the title lines above it, then turns each record after it into validated
 * observations.
 */
export class TableReader {
  private preamble: SourceRecord[] = [];
  private reader: ObservationReader | undefined;
  headerLine = 0;

  constructor(
    private readonly file: string,
    private readonly decimal: DecimalSeparator,
    private readonly choices: ReadChoices,
  ) {}

  read(batch: SourceRecord[], emit: (o: ParsedObservation) => void): void {
    for (const record of batch) {
      // a record wider than any sheet is no table's
      if (record.cells.length > MAX_COLUMNS)
        throw fileError({ file: this.file, line: record.line, column: MAX_COLUMNS + 1 }, "tooManyColumns", {
          max: MAX_COLUMNS,
        });
      if (this.reader) this.reader.read(record, emit);
      else this.preamble.push(record);
    }
    if (!this.reader && this.preamble.length >= PREAMBLE_RECORDS) this.start(emit);
  }

  /** Rows refused so far (one is enough to refuse the file). */
  get errorCount(): number {
    return this.reader?.errors.count ?? 0;
  }

  /** The reader after the last record; throws CsvFileError when no header was found. */
  finish(emit: (o: ParsedObservation) => void): ObservationReader {
    if (!this.reader) this.start(emit);
    const reader = this.reader!;
    reader.finish();
    const where = { file: this.file, line: this.headerLine, column: 0 };
    if (reader.counts.rowsRead === 0 && reader.skipped.otherMeasures.rows === 0)
      reader.errors.add({ ...where, code: "noRows" });
    else if (reader.counts.observations === 0 && reader.errors.count === 0)
      reader.errors.add({ ...where, code: "noFigures", params: { rows: reader.counts.rowsRead } });
    return reader;
  }

  private start(emit: (o: ParsedObservation) => void): void {
    const records = this.preamble;
    const layout = detectLayout(
      records.map((r) => r.cells),
      this.file,
      (i) => records[i]?.line ?? 1,
    );
    this.headerLine = records[layout.headerIndex]!.line;
    // a title line above the header longer than any title (the lines below it are checked row by row)
    for (const r of records.slice(0, layout.headerIndex)) {
      const long = r.cells.findIndex((c) => c.length > MAX_TEXT_CHARS);
      if (long >= 0)
        throw fileError({ file: this.file, line: r.line, column: long + 1 }, "textTooLong", {
          max: MAX_TEXT_CHARS,
        });
    }
    const titles = records.slice(0, layout.headerIndex).map((r) => r.cells.join(" "));
    this.reader = new ObservationReader(
      this.file,
      layout,
      this.decimal,
      this.choices,
      legendOf(titles),
      this.headerLine,
    );
    for (const r of records.slice(layout.headerIndex + 1)) this.reader.read(r, emit);
    this.preamble = [];
  }
}
