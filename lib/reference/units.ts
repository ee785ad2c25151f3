/**
 * What a dataset's figures measure (the Unit enum of prisma/schema.prisma). Share-of-GDP datasets are the ones the
 * 2% and 3.5% pledges, the outlook and the definitions view are about; the others give other context: how much of
 * the budget goes to equipment (NATO's 20% guideline), or the amount in dollars of one year's prices.
 */
export const UNITS = [
  "percent_of_gdp",
  "percent_of_defence_expenditure",
  "percent_of_government_spending",
  "usd_constant_2024_millions",
] as const;
export type Unit = (typeof UNITS)[number];

export const isUnit = (text: string): text is Unit => (UNITS as readonly string[]).includes(text);

/** A unit as stored, read strictly: an unknown one is a programming error, never a figure shown in a wrong unit. */
export function unitOf(text: string): Unit {
  if (!isUnit(text)) throw new Error(`Unknown unit "${text}"`);
  return text;
}

/** Whether figures in the unit are percentages (shown with %) or amounts (US$ millions). */
export const isPercent = (unit: Unit): boolean => unit !== "usd_constant_2024_millions";

/**
 * What the importer accepts in a unit: the bounds of a figure, whether a file of small plain numbers may be
 * fractions (SIPRI's 0.0137 = 1.37%), and above what a figure is worth a warning.
 */
export interface UnitBounds {
  max: number;
  fractionsPossible: boolean;
  /** a figure above this is read but warned about (Kuwait 1991: 117% of GDP); null = no such warning */
  outlierAbove: number | null;
}

export const UNIT_BOUNDS: Readonly<Record<Unit, UnitBounds>> = {
  // Kuwait 1991 spent 117% of GDP (SIPRI); above 200 a value is not a share of GDP
  percent_of_gdp: { max: 200, fractionsPossible: true, outlierAbove: 15 },
  percent_of_defence_expenditure: { max: 100, fractionsPossible: true, outlierAbove: null },
  percent_of_government_spending: { max: 100, fractionsPossible: true, outlierAbove: null },
  // the United States spent about US$1 million million in 2025; observations.value holds 10 integer digits
  usd_constant_2024_millions: { max: 9_999_999_999, fractionsPossible: false, outlierAbove: null },
};

/** What a value is, in one English sentence: downloads' citation lines and the API's documentation say it. */
export const UNIT_SENTENCES: Readonly<Record<Unit, string>> = {
  percent_of_gdp: "Values are percent of GDP (2.0 = 2% of GDP).",
  percent_of_defence_expenditure:
    "Values are percent of defence expenditure (20.0 = 20% of defence spending), not of GDP.",
  percent_of_government_spending: "Values are percent of government spending (5.0 = 5%), not of GDP.",
  usd_constant_2024_millions:
    "Values are millions of US dollars at constant 2024 prices and exchange rates (1000 = US$1 billion).",
};
