import type { DecimalSeparator } from "./dialect";
import { detectLayout } from "./layout";
import { ObservationReader, type ParsedObservation } from "./observations";
import type { SourceRecord } from "./readers/source-record";
import type { ValueUnit } from "./values";

/** Records read before the header must have been seen: title and notes lines above it, World Bank metadata. */
const PREAMBLE_RECORDS = 40;

/**
 * The one row validation every reader feeds (CSV files and worksheets alike): finds the header among the first
 * records, then turns each record after it into validated observations.
 */
export class TableReader {
  private preamble: SourceRecord[] = [];
  private reader: ObservationReader | undefined;
  headerLine = 0;

  constructor(
    private readonly file: string,
    private readonly decimal: DecimalSeparator,
    private readonly unit: ValueUnit | undefined,
  ) {}

  read(batch: SourceRecord[], emit: (o: ParsedObservation) => void): void {
    for (const record of batch) {
      if (this.reader) this.reader.read(record.cells, record.line, emit);
      else this.preamble.push(record);
    }
    if (!this.reader && this.preamble.length >= PREAMBLE_RECORDS) this.start(emit);
  }

  /** The reader after the last record; throws CsvFileError when no header was found. */
  finish(emit: (o: ParsedObservation) => void): ObservationReader {
    if (!this.reader) this.start(emit);
    const reader = this.reader!;
    reader.finish();
    if (reader.rowsRead === 0) reader.errors.add({ file: this.file, line: this.headerLine, column: 0, code: "noRows" });
    else if (reader.observations === 0 && reader.errors.count === 0) {
      reader.errors.add({
        file: this.file,
        line: this.headerLine,
        column: 0,
        code: "noFigures",
        params: { rows: reader.rowsRead },
      });
    }
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
    this.reader = new ObservationReader(this.file, layout, this.decimal, this.unit, this.headerLine);
    for (const r of records.slice(layout.headerIndex + 1)) this.reader.read(r.cells, r.line, emit);
    this.preamble = [];
  }
}
