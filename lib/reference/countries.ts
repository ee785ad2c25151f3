// the package's Node entry registers all 80 of its locales (1.3 MB); these modules register the few they use
import countries from "i18n-iso-countries/index.js";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

export type CountryGroup = "NATO" | "NATO_EUROPE" | "EU" | "G7" | "IP4";

// Facts with their sources: NATO member countries and accession years (nato.int, "NATO member countries"),
// EU member states (european-union.europa.eu), G7 (g7 presidency sites), NATO's Indo-Pacific partners (IP4).
export const NATO_ACCESSION: Readonly<Record<string, number>> = {
  BEL: 1949,
  CAN: 1949,
  DNK: 1949,
  FRA: 1949,
  ISL: 1949,
  ITA: 1949,
  LUX: 1949,
  NLD: 1949,
  NOR: 1949,
  PRT: 1949,
  GBR: 1949,
  USA: 1949,
  GRC: 1952,
  TUR: 1952,
  DEU: 1955,
  ESP: 1982,
  CZE: 1999,
  HUN: 1999,
  POL: 1999,
  BGR: 2004,
  EST: 2004,
  LVA: 2004,
  LTU: 2004,
  ROU: 2004,
  SVK: 2004,
  SVN: 2004,
  ALB: 2009,
  HRV: 2009,
  MNE: 2017,
  MKD: 2020,
  FIN: 2023,
  SWE: 2024,
};
/** A member of NATO today (NATO's tables list every current ally for every year). */
export const isNatoAlly = (code: string) => NATO_ACCESSION[code] !== undefined;
const NORTH_AMERICA = new Set(["USA", "CAN"]);
const EU = new Set(
  "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE".split(
    " ",
  ),
);
const G7 = new Set("CAN FRA DEU ITA JPN GBR USA".split(" "));
export const INDO_PACIFIC_PARTNERS = ["AUS", "JPN", "KOR", "NZL"] as const;

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

export function groupsOf(iso3: string): CountryGroup[] {
  const groups: CountryGroup[] = [];
  if (NATO_ACCESSION[iso3] !== undefined)
    groups.push("NATO", ...(NORTH_AMERICA.has(iso3) ? [] : (["NATO_EUROPE"] as const)));
  if (EU.has(iso3)) groups.push("EU");
  if (G7.has(iso3)) groups.push("G7");
  if ((INDO_PACIFIC_PARTNERS as readonly string[]).includes(iso3)) groups.push("IP4");
  return groups;
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
