import type { TableLayout } from "../layout";
import type { ValueReader } from "../values";
import type { CellLegend } from "./cell-legend";
import type { ObservationStatus } from "./row-fields";
import { type RowIssue, rowIssue } from "./row-issue";

/** A figure of a record, before the whole-file checks (duplicates, outliers). */
export interface RowFigure {
  year: number;
  value: string;
  status: ObservationStatus;
  note: string | null;
  column: number;
}

export interface RowFigures {
  figures: RowFigure[];
  issues: RowIssue[];
  /** value cells blank or marked missing */
  blanks: number;
  /** figures whose colour the table's legend says are estimates */
  markedEstimates: number;
}

/** The record's value cells: one per year column (wide) or the value column, each read and checked. */
export function rowFigures(
  record: { cells: readonly string[]; line: number; colours?: readonly (string | undefined)[] },
  layout: TableLayout,
  row: { status: ObservationStatus; note: string | null; year?: number },
  values: ValueReader,
  legend: CellLegend,
): RowFigures {
  const out: RowFigures = { figures: [], issues: [], blanks: 0, markedEstimates: 0 };
  const columns =
    layout.kind === "wide"
      ? layout.yearColumns
      : row.year === undefined
        ? []
        : [{ index: layout.valueColumn, year: row.year, estimate: false }];
  for (const { index, year, estimate } of columns) {
    const raw = (record.cells[index] ?? "").trim();
    const result = values.read(raw);
    if ("missing" in result) out.blanks += 1;
    if (!("value" in result)) {
      if ("issue" in result)
        out.issues.push(rowIssue(record.line, index, result.issue, { text: raw, params: result.params }));
      continue;
    }
    const marked = legend.get(record.colours?.[index] ?? "");
    let status = row.status;
    if (status === "actual" && (estimate || marked?.estimate)) status = "estimate";
    if (marked?.estimate && row.status === "actual") out.markedEstimates += 1;
    const note = marked && !marked.estimate ? [row.note, marked.sentence].filter(Boolean).join("; ") : row.note;
    out.figures.push({ year, value: result.value, status, note, column: index });
  }
  return out;
}
