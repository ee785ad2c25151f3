import { buildNameTable, type NameEntry, normalizeName } from "./country-names";
import { isFormerState } from "./former-states";

/** What a country cell names: one of today's countries, a name several share, a former state, or nothing known. */
export type CountryMatch =
  | { kind: "country"; iso3: string }
  | { kind: "ambiguous"; candidates: readonly string[] }
  | { kind: "former" }
  | { kind: "unknown" };

let table: Map<string, NameEntry> | undefined;

/** Footnote markers publishers put after names: "Türkiye (1)", "Poland*", "Poland‡", "Germany (a)", "France[2]". */
// Only digits and single lower-case letters count as markers: "Congo (DR)" must not become "Congo". Matched on the
// last few characters only, so a long cell costs no backtracking.
const FOOTNOTE = /(?:\(\s?(?:\d{1,2}|[a-z])\s?\)|\[\s?(?:\d{1,2}|[a-z])\s?\]|[*‡§†¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\s\d{1,2})$/u;

function withoutFootnote(text: string): string | null {
  const trimmed = text.trim();
  const marker = FOOTNOTE.exec(trimmed.slice(-8))?.[0];
  const bare = marker ? trimmed.slice(0, -marker.length).trim() : "";
  return bare === "" ? null : bare;
}

/** Builds the table of names now (≈20 ms) rather than at the first lookup: a parse worker does it while it waits. */
export function prepareCountryLookup(): void {
  table ??= buildNameTable();
}

function exact(text: string): CountryMatch {
  table ??= buildNameTable();
  const entry = table.get(normalizeName(text)) ?? table.get(text.trim().toLowerCase());
  if (entry) return "iso3" in entry ? { kind: "country", iso3: entry.iso3 } : { kind: "ambiguous", ...entry };
  return isFormerState(text) ? { kind: "former" } : { kind: "unknown" };
}

/**
 * A country code (alpha-2, alpha-3, NATO's EL and UK) or a name in English, Japanese, Arabic, French or Italian, as
 * publishers print them, with or without a footnote marker.
 */
export function lookupCountry(text: string): CountryMatch {
  const match = exact(text);
  if (match.kind !== "unknown") return match;
  const bare = withoutFootnote(text);
  return bare === null ? match : exact(bare);
}

/** ISO3 for a code or name that means exactly one of today's countries; undefined otherwise. */
export function resolveCountry(text: string): string | undefined {
  const match = lookupCountry(text);
  return match.kind === "country" ? match.iso3 : undefined;
}
