import type { ComputedShare } from "../series/japan-shares";
import type { Point } from "../series/series";
import type { Unit } from "../../reference/units";

// The plain objects the queries (lib/queries) answer with and the view builders read: declared here, beside the
// code that uses them, so that this pure layer never imports the server's.

export interface EditionRef {
  id: number;
  label: string;
}

/** An edition as stored: its label as loaded, and the day its publisher released it (if known). */
export type StoredEdition = EditionRef & { publishedOn: string | null };

export interface DatasetSummary {
  slug: string;
  name: string;
  publisher: string;
  definition: string;
  /** what every figure measures: the pledges, the outlook and the definitions view concern percent_of_gdp only */
  unit: Unit;
  license: string;
  sourceUrl: string;
  description: string;
  currentEdition:
    | (StoredEdition & {
        loadedAt: string;
        rows: number;
        sha256: string;
        note: string | null;
      })
    | null;
}

/** The datasets of shares of GDP: the only ones the pledges, the outlook and the definitions view compare. */
export const sharesOfGdp = <D extends { unit: Unit }>(datasets: readonly D[]): D[] =>
  datasets.filter((d) => d.unit === "percent_of_gdp");

/** A dataset with a current edition: the only kind the dashboard shows. */
export type LoadedDataset = DatasetSummary & { currentEdition: NonNullable<DatasetSummary["currentEdition"]> };

/** A country the picker offers, named in the reader's language. */
export interface CountryOption {
  iso3: string;
  name: string;
  groups: string[];
}

export interface DefinitionEditionSeries {
  dataset: DatasetSummary;
  edition: EditionRef;
  /** an earlier edition, drawn as its own line for the years the current edition lacks (never mixed into it) */
  earlier: boolean;
  points: Point[];
}

export interface CountryDefinitions {
  country: string;
  /** every dataset (current edition) with figures for the country in the range */
  series: DefinitionEditionSeries[];
  /** Japan only: shares computed from the published yen amounts and GDP figures */
  shares: ComputedShare[];
}
