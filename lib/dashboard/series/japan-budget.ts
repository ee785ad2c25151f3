// Japan's published yen amounts and GDP figures (data/japan-defense-amounts.csv, data/japan-gdp.csv) as the
// pages and the shares computed from them use them.
export const MEASURES = ["defense_related", "defense_related_excl_saco", "security_related"] as const;
export const BUDGETS = ["initial", "supplementary", "initial_plus_supplementary", "request"] as const;
export const AMOUNT_STATUSES = ["actual", "budget", "request", "plan"] as const;
export const GDP_KINDS = ["actual", "estimate", "forecast"] as const;

export type Measure = (typeof MEASURES)[number];
export type Budget = (typeof BUDGETS)[number];
export type GdpKind = (typeof GDP_KINDS)[number];

export interface JapanAmount {
  fiscalYear: number;
  measure: Measure;
  budget: Budget;
  amountJpyBn: number;
  status: (typeof AMOUNT_STATUSES)[number];
  note: string | null;
  source: string;
}

export interface JapanGdp {
  fiscalYear: number;
  gdpJpyBn: number;
  kind: GdpKind;
  note: string | null;
  source: string;
}

/** The FY2022 GDP that Japan's 2% goal (National Security Strategy, Dec 2022) is measured against. */
export const NSS_BASE_YEAR = 2022;
