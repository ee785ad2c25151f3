"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { CsvIssue } from "@/lib/csv/issues";
import type { ParseResult } from "@/lib/csv/parse";
import type { EditionDiff } from "@/lib/import/diff-editions";
import { DiffView } from "../_components/diff-view";

export interface Review {
  status: "staged" | "unchanged" | "rejected";
  editionId: number | null;
  parse: ParseResult | null;
  errors: CsvIssue[];
  errorCount: number;
  carried: number;
  removed: number;
  diff?: EditionDiff;
}

/** The server's verdict on the file: errors (nothing can be committed), warnings, and what committing changes. */
export function ReviewPanel({
  review,
  onCommit,
  onDiscard,
}: {
  review: Review;
  onCommit: (id: number, confirmRemovals: number) => void;
  onDiscard: (id: number) => void;
}) {
  const t = useTranslations("upload");
  const issue = useTranslations("csvIssues");
  const [confirmed, setConfirmed] = useState(false);
  const p = review.parse;
  const summary = p && (p.container === "xlsx" ? "summaryXlsx" : "summary");
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{t("review")}</h2>
      {p && summary && (
        <p className="note">
          {t(summary, {
            format: p.format,
            sheet: p.sheet ?? "",
            encoding: p.encoding,
            delimiter: p.delimiter === "\t" ? "tab" : `"${p.delimiter}"`,
            decimal: p.decimal,
            rows: p.rowsRead,
            figures: p.observations,
            blank: p.blankCells,
            aggregates: p.aggregatesSkipped,
          })}
        </p>
      )}
      {review.errorCount > 0 && (
        <>
          <p role="alert" className="error-text">
            <strong>{t("errors", { count: review.errorCount })}</strong> — {t("errorsExplain")}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("line")}</th>
                  <th scope="col">{t("column")}</th>
                  <th scope="col">{t("problem")}</th>
                  <th scope="col">{t("found")}</th>
                </tr>
              </thead>
              <tbody>
                {review.errors.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.line}</td>
                    <td>{e.column ? `${e.column}${e.columnName ? ` (${e.columnName})` : ""}` : "—"}</td>
                    <td>{issue(e.code, e.params)}</td>
                    <td>{e.text ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {review.errorCount > review.errors.length && (
            <p className="note">{t("firstErrors", { shown: review.errors.length, count: review.errorCount })}</p>
          )}
        </>
      )}
      {p && p.warningCount > 0 && (
        <details open>
          <summary>{t("warnings", { count: p.warningCount })}</summary>
          <ul>
            {p.warnings.map((w, i) => (
              <li key={i}>
                {w.line ? `${t("line")} ${w.line}: ` : ""}
                {issue(w.code, w.params)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {review.status === "unchanged" && <p className="banner">{t("identical")}</p>}
      {review.status === "staged" && review.diff && (
        <>
          {review.carried > 0 && <p className="note">{t("carried", { count: review.carried })}</p>}
          <DiffView diff={review.diff} />
          {review.removed > 0 && (
            <p role="alert" className="error-box">
              {t("removes", { count: review.removed })}{" "}
              <label>
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{" "}
                {t("confirmRemovals", { count: review.removed })}
              </label>
            </p>
          )}
          <div className="toolbar">
            <button
              type="button"
              className="button primary"
              disabled={review.removed > 0 && !confirmed}
              onClick={() => onCommit(review.editionId!, confirmed ? review.removed : 0)}
            >
              {t("commit")}
            </button>
            <button type="button" className="button" onClick={() => onDiscard(review.editionId!)}>
              {t("discard")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
