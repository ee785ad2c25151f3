// the package's Node entry registers all 80 of its locales (1.3 MB); these modules register the few they use
import countries from "i18n-iso-countries/index.js";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { type CountryGroup, groupsOf, NATO_ACCESSION } from "./memberships";

countries.registerLocale(en);

/** Kosovo has no ISO 3166 code; XKX is the user-assigned code the EU, IMF and World Bank use. */
const EXTRA_COUNTRIES: Readonly<Record<string, { alpha2: string; name: string }>> = {
  XKX: { alpha2: "XK", name: "Kosovo" },
};

export interface CountryRecord {
  iso3: string;
  name: string;
  natoAccession: number | null;
  groups: CountryGroup[];
}

const displayNames = new Intl.DisplayNames(["en"], { type: "region" });
const localNames = new Map<string, Intl.DisplayNames>();

/** A country's ISO 3166 alpha-2 code (Kosovo's user-assigned XK); undefined for a code that is not a country's. */
export const alpha2Of = (iso3: string): string | undefined =>
  EXTRA_COUNTRIES[iso3]?.alpha2 ?? countries.alpha3ToAlpha2(iso3);

/** A country's name in a language, from CLDR (Intl.DisplayNames); Kosovo's from our table. */
export function countryName(iso3: string, locale: string): string {
  const extra = EXTRA_COUNTRIES[iso3];
  const alpha2 = alpha2Of(iso3);
  if (!alpha2) return iso3;
  let names = localNames.get(locale);
  if (!names) localNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  const name = names.of(alpha2);
  return name && name !== alpha2 ? name : (extra?.name ?? iso3);
}

/** Every ISO 3166-1 country (plus Kosovo), English names from CLDR via Intl.DisplayNames. */
export function listCountryRecords(): CountryRecord[] {
  const alpha3ToAlpha2 = { ...countries.getAlpha3Codes() } as Record<string, string>;
  for (const [iso3, extra] of Object.entries(EXTRA_COUNTRIES)) {
    // i18n-iso-countries calls Kosovo XKK; the code publishers use is XKX
    for (const [other, alpha2] of Object.entries(alpha3ToAlpha2))
      if (alpha2 === extra.alpha2) delete alpha3ToAlpha2[other];
    alpha3ToAlpha2[iso3] = extra.alpha2;
  }
  return Object.entries(alpha3ToAlpha2)
    .map(([iso3, alpha2]) => ({
      iso3,
      name: EXTRA_COUNTRIES[iso3]?.name ?? displayNames.of(alpha2) ?? iso3,
      natoAccession: NATO_ACCESSION[iso3] ?? null,
      groups: groupsOf(iso3),
    }))
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}
