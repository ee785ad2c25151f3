import type { ComputedCsvRow } from "../export/csv-export";
import { formats } from "./format";
import type { ComputedShare } from "../series/japan-shares";
import type { Translator } from "./labels";
import { yenBillions, yenTrillions } from "./yen";

/**
 * How a computed share was worked out, in the reader's language: "¥9,035.3bn ÷ FY2026 GDP forecast ¥692T =
 * 1.31%". `t` is the root translator (messages `japan.*`).
 */
export function shareFormula(s: ComputedShare, t: Translator, locale: string): string {
  const f = formats(locale);
  return t("japan.formula", {
    amount: yenBillions(s.amountJpyBn, locale),
    year: f.year(s.gdpYear),
    kind: t(`japan.gdpKind.${s.gdpKind}`),
    gdp: yenTrillions(s.gdpJpyBn, locale),
    share: f.share(s.value),
  });
}

/** "Security-related, initial + supplementary, of FY2022 GDP (computed)" */
export function shareLabel(
  s: Pick<ComputedShare, "measure" | "basis"> & { budget?: ComputedShare["budget"] },
  t: Translator,
): string {
  return (
    t("japan.seriesName", {
      measure: t(`japan.measure.${s.measure}`),
      basis: t(`japan.basis.${s.basis}`),
    }) + (s.budget ? ` · ${t(`japan.budget.${s.budget}`)}` : "")
  );
}

/** Computed shares as CSV rows (lib/dashboard/export/csv-export.ts), labelled and explained in the reader's language. */
export function computedCsvRows(shares: ComputedShare[], t: Translator, locale: string): ComputedCsvRow[] {
  return shares.map((s) => ({
    country: "JPN",
    year: s.fiscalYear,
    value: s.value,
    status: s.status,
    label: shareLabel(s, t),
    marker: t("japan.computed"),
    formula: shareFormula(s, t, locale),
    sources: s.sources,
  }));
}
