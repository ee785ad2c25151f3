import type { CsvIssue, CsvIssueCode, CsvIssueParams } from "../issues";
import type { OptionalColumn } from "../layout";

/** A problem in one record, before the file is named: the cell's column, or null when it is the whole row's. */
export interface RowIssue {
  line: number;
  column: OptionalColumn;
  code: CsvIssueCode;
  params?: CsvIssueParams;
  /** the offending text, as found */
  text?: string;
}

/** Every issue is made the same way: where (line, column), what (code), then the details. */
export const rowIssue = (
  line: number,
  column: OptionalColumn,
  code: CsvIssueCode,
  details: { params?: CsvIssueParams; text?: string } = {},
): RowIssue => ({ line, column, code, ...details });

/** The issue as the file's reader reports it: 1-based column (0 = the whole row or file) and the column's header. */
export function locatedIssue(file: string, header: readonly string[], issue: RowIssue): Omit<CsvIssue, "message"> {
  const { column, ...rest } = issue;
  return {
    file,
    ...rest,
    column: column === null ? 0 : column + 1,
    columnName: column === null ? undefined : header[column],
  };
}
