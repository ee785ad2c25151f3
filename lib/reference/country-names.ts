// the package's Node entry registers all 80 of its locales (1.3 MB); these modules register the few they use
import countries from "i18n-iso-countries/index.js";
import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import it from "i18n-iso-countries/langs/it.json" with { type: "json" };
import ja from "i18n-iso-countries/langs/ja.json" with { type: "json" };
import { AMBIGUOUS_NAMES, PUBLISHER_ALIASES } from "./country-aliases";
import { alpha2Of, listCountryRecords } from "./countries";

for (const locale of [en, ja, ar, fr, it]) countries.registerLocale(locale);

/** Case, accents, tatweel and punctuation removed; letters of any script survive, so Japanese and Arabic compare. */
// Japanese voicing marks (U+3099, U+309A) are letters' parts, not accents: ドイツ stays ドイツ, never トイツ.
export const normalizeName = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^\P{M}\u3099\u309a]/gu, "")
    .normalize("NFC")
    .replace(/\u0640/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** A name's meaning: one country, or several (refused, never guessed). */
export type NameEntry = { iso3: string } | { candidates: readonly string[] };

// Sources of names, most authoritative first. A name two countries share within one tier is ambiguous; a lower
// tier never overrides a higher one. English first; then Japanese and Arabic (the interface's languages), French
// (NATO's other official language) and Italian (the NATO extract's country column), from CLDR and ISO 3166 tables.
const LOCALES = ["en", "ja", "ar", "fr", "it"] as const;

function tier(
  records: { iso3: string; alpha2: string }[],
  names: (r: { iso3: string; alpha2: string }) => string[],
): Map<string, Set<string>> {
  const claims = new Map<string, Set<string>>();
  for (const r of records)
    for (const name of names(r)) {
      const key = normalizeName(name);
      if (key === "" || name === r.alpha2) continue;
      let set = claims.get(key);
      if (!set) claims.set(key, (set = new Set()));
      set.add(r.iso3);
    }
  return claims;
}

/** Every name and code the importer recognises, normalised, with what it means. */
export function buildNameTable(): Map<string, NameEntry> {
  const table = new Map<string, NameEntry>();
  const records = listCountryRecords().flatMap((r) => {
    const alpha2 = alpha2Of(r.iso3);
    return alpha2 ? [{ iso3: r.iso3, alpha2 }] : [];
  });
  // codes and publishers' spellings first: they are exact
  for (const r of records) {
    table.set(r.iso3.toLowerCase(), { iso3: r.iso3 });
    table.set(r.alpha2.toLowerCase(), { iso3: r.iso3 });
  }
  for (const [name, iso3] of Object.entries(PUBLISHER_ALIASES)) table.set(normalizeName(name), { iso3 });
  for (const [name, candidates] of Object.entries(AMBIGUOUS_NAMES)) table.set(normalizeName(name), { candidates });
  for (const locale of LOCALES) {
    const cldr = new Intl.DisplayNames([locale], { type: "region" });
    // the locale's whole table, built once (getNames makes it anew at every call)
    const iso = countries.getNames(locale, { select: "all" });
    const claims = tier(records, (r) => [cldr.of(r.alpha2) ?? "", ...(iso[r.alpha2] ?? [])]);
    for (const [key, iso3s] of claims) {
      if (table.has(key)) continue;
      table.set(key, iso3s.size === 1 ? { iso3: [...iso3s][0]! } : { candidates: [...iso3s].sort() });
    }
  }
  return table;
}

/** A country's fullest English name ("Republic of the Congo", not CLDR's "Congo - Brazzaville"), for messages. */
export const englishName = (iso3: string): string => {
  const alpha2 = alpha2Of(iso3);
  return (alpha2 && countries.getNames("en", { select: "all" })[alpha2]?.[0]) || iso3;
};
