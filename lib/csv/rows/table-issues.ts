import type { TableEdges } from "../table-edges";
import { FRACTION_SUSPECT, type ValueReader } from "../values";
import type { CellLegend } from "./cell-legend";
import type { OptionalColumn } from "../layout";
import { type RowIssue, rowIssue } from "./row-issue";
import type { SkippedRows } from "./skipped-rows";

interface TableState {
  headerLine: number;
  valueColumn: OptionalColumn;
  yearColumn: OptionalColumn;
  values: ValueReader;
  edges: TableEdges;
  skipped: SkippedRows;
  choices: { skipUnknown?: boolean; measure?: string };
  eraExample: string | null;
  markedEstimates: number;
  legend: CellLegend;
}

/** The issues that only the whole table shows: fractions, and each kind of row skipped, listed at once. */
export function fileIssues(t: TableState): { errors: RowIssue[]; warnings: RowIssue[] } {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const { values, edges, skipped } = t;
  if (values.looksLikeFractions) {
    const params = { below: values.plainBelowSuspect, count: values.plainValues, limit: FRACTION_SUSPECT };
    errors.push(rowIssue(t.headerLine, t.valueColumn, "fractions", { params }));
  }
  // Refused rows of unknown names are errors, one per row; the parse result lists every name at once.
  if (skipped.unknown.rows > 0 && t.choices.skipUnknown) {
    const params = { count: skipped.unknown.rows, names: skipped.unknown.describe() };
    warnings.push(rowIssue(0, null, "unknownLeftOut", { params }));
  }
  if (values.converted > 0)
    warnings.push(rowIssue(0, null, "fractionsConverted", { params: { count: values.converted } }));
  if (skipped.otherMeasures.rows > 0) {
    const params = {
      count: skipped.otherMeasures.rows,
      measures: skipped.otherMeasures.names(20),
      measure: t.choices.measure ?? "",
    };
    warnings.push(rowIssue(0, null, "otherMeasures", { params }));
  }
  if (skipped.aggregates.rows > 0) {
    const params = { count: skipped.aggregates.rows, names: skipped.aggregates.names() };
    warnings.push(rowIssue(0, null, "aggregates", { params }));
  }
  if (skipped.formerStates.rows > 0)
    warnings.push(rowIssue(0, null, "formerStates", { params: { names: skipped.formerStates.names(20) } }));
  if (t.markedEstimates > 0) {
    const sentence = [...t.legend.values()].find((m) => m.estimate)?.sentence ?? "";
    warnings.push(rowIssue(0, null, "markedEstimates", { params: { count: t.markedEstimates, legend: sentence } }));
  }
  if (edges.groupRows > 0)
    warnings.push(rowIssue(0, null, "groupRows", { params: { count: edges.groupRows, names: edges.groupNameList() } }));
  if (edges.stoppedAt) {
    const { line, title } = edges.stoppedAt;
    warnings.push(rowIssue(line, null, "secondTable", { params: { line, title, ignored: edges.linesAfterStop } }));
  }
  if (edges.trailing) {
    const { count, first } = edges.trailing;
    warnings.push(
      rowIssue(first.line, null, "trailingLines", { params: { count, line: first.line }, text: first.text }),
    );
  }
  if (t.eraExample) warnings.push(rowIssue(0, t.yearColumn, "eraYears", { params: { example: t.eraExample } }));
  return { errors, warnings };
}
