import { SUPPLEMENTARY_COUNTED_FROM } from "../../reference/series-breaks";
import {
  type Budget,
  type GdpKind,
  type JapanAmount,
  type JapanGdp,
  type Measure,
  NSS_BASE_YEAR,
} from "./japan-budget";

/** "fy2022": of FY2022 GDP, the basis of the official ratio; "same-year": of the fiscal year's own GDP. */
export type ShareBasis = "fy2022" | "same-year";

/** A share of GDP computed here from a published amount and a published GDP figure (never a published ratio). */
export interface ComputedShare {
  fiscalYear: number;
  measure: Measure;
  budget: Budget;
  basis: ShareBasis;
  /** percent of GDP, unrounded */
  value: number;
  amountJpyBn: number;
  gdpYear: number;
  gdpJpyBn: number;
  gdpKind: GdpKind;
  status: JapanAmount["status"];
  sources: string[];
}

const KIND_PREFERENCE: readonly GdpKind[] = ["actual", "estimate", "forecast"];

/** The GDP figure to divide by for a year: the settled one when there is one, else the estimate, else a forecast. */
export function gdpFor(gdp: JapanGdp[], year: number): JapanGdp | undefined {
  return gdp
    .filter((g) => g.fiscalYear === year)
    .sort((a, b) => KIND_PREFERENCE.indexOf(a.kind) - KIND_PREFERENCE.indexOf(b.kind))[0];
}

/**
 * Every amount as a share of same-year GDP, and security-related amounts also as a share of FY2022 GDP (the basis
 * of the official ratio). Years without a GDP figure are left out.
 */
export function computeShares(amounts: JapanAmount[], gdp: JapanGdp[]): ComputedShare[] {
  const base = gdpFor(gdp, NSS_BASE_YEAR);
  return amounts.flatMap((a) => {
    const bases: [ShareBasis, JapanGdp | undefined][] = [["same-year", gdpFor(gdp, a.fiscalYear)]];
    if (a.measure === "security_related") bases.unshift(["fy2022", base]);
    return bases
      .filter((b): b is [ShareBasis, JapanGdp] => b[1] !== undefined)
      .map(([basis, g]) => ({
        fiscalYear: a.fiscalYear,
        measure: a.measure,
        budget: a.budget,
        basis,
        value: (a.amountJpyBn / g.gdpJpyBn) * 100,
        amountJpyBn: a.amountJpyBn,
        gdpYear: g.fiscalYear,
        gdpJpyBn: g.gdpJpyBn,
        gdpKind: g.kind,
        status: a.status,
        sources: [...new Set([a.source, g.source])],
      }));
  });
}

/**
 * The budget counted for a year the way the government counts it: supplementary budgets from FY2025 for the
 * security-related total (initial budgets only before), a request where no budget has passed yet.
 */
export function countedBudgets(measure: Measure, year: number): Budget[] {
  const counted: Budget[] =
    measure === "security_related" && year >= SUPPLEMENTARY_COUNTED_FROM
      ? ["initial_plus_supplementary", "initial"]
      : ["initial"];
  return [...counted, "request"];
}

/** One share per year for a chart line: the counted budget (countedBudgets) on one basis, oldest first. */
export function shareSeries(shares: ComputedShare[], measure: Measure, basis: ShareBasis): ComputedShare[] {
  const years = [
    ...new Set(shares.filter((s) => s.measure === measure && s.basis === basis).map((s) => s.fiscalYear)),
  ].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const candidates = shares.filter((s) => s.measure === measure && s.basis === basis && s.fiscalYear === year);
    const budget = countedBudgets(measure, year).find((b) => candidates.some((s) => s.budget === b));
    return candidates.filter((s) => s.budget === budget);
  });
}
