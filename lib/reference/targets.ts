import type { Unit } from "./units";

/** A spending goal drawn as a reference line (the reference_targets table): a public commitment with its source. */
export interface ReferenceTarget {
  slug: string;
  label: string;
  /** in `unit`: percent of GDP for the pledges */
  value: number;
  /** what the goal is a share of; a view draws only the goals in its dataset's unit */
  unit: Unit;
  /** year by which it is to be met; null for a ceiling or a goal without a date */
  targetYear: number | null;
  /** "NATO" for an alliance pledge, else the ISO3 code of the country whose own goal it is */
  appliesTo: string;
  sourceUrl: string;
  note: string;
}

/** A goal as this file records it, with the day it was agreed. */
export type ReferenceTargetFact = ReferenceTarget & { appliesTo: "NATO" | "JPN"; agreedOn: string };

export const REFERENCE_TARGETS: readonly ReferenceTargetFact[] = [
  {
    slug: "japan-1pct-ceiling",
    label: "Japan 1% ceiling (1976)",
    value: 1,
    targetYear: null,
    appliesTo: "JPN",
    unit: "percent_of_gdp",
    agreedOn: "1976-11-05",
    sourceUrl: "https://www.mod.go.jp/en/publ/w_paper/index.html",
    note: "Miki cabinet decision capping defense spending at 1% of GNP; formally dropped in 1987, followed in practice for decades.",
  },
  {
    slug: "nato-wales-2pct",
    label: "NATO 2% (Wales 2014)",
    value: 2,
    targetYear: 2024,
    appliesTo: "NATO",
    unit: "percent_of_gdp",
    agreedOn: "2014-09-05",
    sourceUrl: "https://www.nato.int/cps/en/natohq/official_texts_112964.htm",
    note: "Wales Summit Declaration, para. 14: allies below 2% aim to move towards it within a decade.",
  },
  {
    slug: "japan-2pct-fy2027",
    label: "Japan 2% by FY2027",
    value: 2,
    targetYear: 2027,
    appliesTo: "JPN",
    unit: "percent_of_gdp",
    agreedOn: "2022-12-16",
    sourceUrl: "https://www.cas.go.jp/jp/siryou/221216anzenhoshou/nss-e.pdf",
    note: "National Security Strategy: defense plus security-related spending to reach 2% of current (FY2022) GDP in FY2027.",
  },
  {
    slug: "nato-hague-core-3-5pct",
    label: "NATO 3.5% core defence (The Hague 2025)",
    value: 3.5,
    targetYear: 2035,
    appliesTo: "NATO",
    unit: "percent_of_gdp",
    agreedOn: "2025-06-25",
    sourceUrl: "https://www.nato.int/cps/en/natohq/official_texts_236705.htm",
    note: "The Hague Summit Declaration: 3.5% of GDP on core defence requirements by 2035.",
  },
  {
    slug: "nato-hague-5pct",
    label: "NATO 5% incl. security-related (The Hague 2025)",
    value: 5,
    targetYear: 2035,
    appliesTo: "NATO",
    unit: "percent_of_gdp",
    agreedOn: "2025-06-25",
    sourceUrl: "https://www.nato.int/cps/en/natohq/official_texts_236705.htm",
    note: "The Hague Summit Declaration: 5% of GDP by 2035 — 3.5% core defence plus up to 1.5% for resilience, infrastructure and the defence industrial base.",
  },
  {
    slug: "nato-wales-equipment-20pct",
    label: "NATO 20% on equipment (Wales 2014)",
    value: 20,
    targetYear: 2024,
    appliesTo: "NATO",
    unit: "percent_of_defence_expenditure",
    agreedOn: "2014-09-05",
    sourceUrl: "https://www.nato.int/cps/en/natohq/official_texts_112964.htm",
    note: "Wales Summit Declaration, para. 14: allies spending less than 20% of their defence budgets on major new equipment, including related research and development, aim within a decade to raise it to 20% or more.",
  },
];

/** The goals a dataset in `unit` is measured against (the 2% and 3.5% pledges for shares of GDP only). */
export const targetsInUnit = <T extends Pick<ReferenceTarget, "unit">>(targets: readonly T[], unit: Unit): T[] =>
  targets.filter((t) => t.unit === unit);
