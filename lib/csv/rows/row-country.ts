import { isAggregate } from "../../reference/aggregates";
import type { CountryMatch } from "../../reference/country-lookup";

/** Whose row a record is: a country's, or one of the rows that are not (each handled differently). */
export type RowCountry =
  | { kind: "country"; iso3: string }
  | { kind: "ambiguous"; text: string; candidates: readonly string[] }
  | { kind: "former"; label: string }
  | { kind: "aggregate"; label: string }
  | { kind: "unknown"; label: string }
  | { kind: "unnamed" };

/**
 * The country of a record from its country columns (code first, then name). A row no cell of which names a
 * country is a former state, an aggregate (OWID's rows without a code are), or unknown.
 */
export function rowCountry(
  cells: readonly string[],
  columns: readonly number[],
  lookup: (text: string) => CountryMatch,
  codelessIsAggregate: boolean,
): RowCountry {
  const texts = columns.map((i) => (cells[i] ?? "").trim());
  let ambiguous: { text: string; candidates: readonly string[] } | undefined;
  let former = false;
  for (const text of texts) {
    if (text === "") continue;
    const match = lookup(text);
    if (match.kind === "country") return match;
    if (match.kind === "ambiguous") ambiguous ??= { text, candidates: match.candidates };
    former ||= match.kind === "former";
  }
  const named = texts.filter((t) => t !== "");
  const label = named.at(-1) ?? "";
  if (ambiguous) return { kind: "ambiguous", ...ambiguous };
  if (former) return { kind: "former", label };
  if (named.length === 0) return codelessIsAggregate ? { kind: "aggregate", label } : { kind: "unnamed" };
  return isAggregate(texts[0] ?? "", texts.at(-1) ?? "") ? { kind: "aggregate", label } : { kind: "unknown", label };
}
