import countries from "i18n-iso-countries";
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
/** A member of NATO today (NATO's tables list every current ally for every year); "JPN*"-style comparators are not. */
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

/** A country's name in a language, from CLDR (Intl.DisplayNames); Kosovo's from our table. */
export function countryName(iso3: string, locale: string): string {
  const extra = EXTRA_COUNTRIES[iso3];
  const alpha2 = extra?.alpha2 ?? countries.alpha3ToAlpha2(iso3);
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
  for (const [iso3, extra] of Object.entries(EXTRA_COUNTRIES)) alpha3ToAlpha2[iso3] = extra.alpha2;
  return Object.entries(alpha3ToAlpha2)
    .map(([iso3, alpha2]) => ({
      iso3,
      name: EXTRA_COUNTRIES[iso3]?.name ?? displayNames.of(alpha2) ?? iso3,
      natoAccession: NATO_ACCESSION[iso3] ?? null,
      groups: groupsOf(iso3),
    }))
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

// Letters of any script survive, so Japanese and Arabic names compare too.
const normalize = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/\u0640/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

// Names seen in NATO, SIPRI, OWID and World Bank tables that CLDR and ISO spell differently, and the short forms
// Japanese and Arabic analysts write (CLDR has 日本 and اليابان, but 米国 and 英国 are the press's usual forms).
const ALIASES: Readonly<Record<string, string>> = {
  "korea rep": "KOR",
  "republic of korea": "KOR",
  "korea south": "KOR",
  "south korea": "KOR",
  "czech republic": "CZE",
  turkiye: "TUR",
  "north macedonia": "MKD",
  macedonia: "MKD",
  "the former yugoslav republic of macedonia": "MKD",
  "macedonia fyr": "MKD",
  "united states of america": "USA",
  us: "USA",
  usa: "USA",
  uk: "GBR",
  britain: "GBR",
  "great britain": "GBR",
  "russian federation": "RUS",
  "slovak republic": "SVK",
  kosovo: "XKX",
  "owid kos": "XKX",
  "iran islamic rep": "IRN",
  "egypt arab rep": "EGY",
  "venezuela rb": "VEN",
  "yemen rep": "YEM",
  "lao pdr": "LAO",
  "kyrgyz republic": "KGZ",
  "congo dem rep": "COD",
  "congo rep": "COG",
  "gambia the": "GMB",
  "bahamas the": "BHS",
  "hong kong sar china": "HKG",
  "cote d ivoire": "CIV",
  turkey: "TUR",
  "viet nam": "VNM",
  "brunei darussalam": "BRN",
  "cabo verde": "CPV",
  "korea north": "PRK",
  "congo dr": "COD",
  "dr congo": "COD",
  "congo drc": "COD",
  drc: "COD",
  "korea dem people s rep": "PRK",
  "united states": "USA",
  日本: "JPN",
  韓国: "KOR",
  大韓民国: "KOR",
  米国: "USA",
  米: "USA",
  英国: "GBR",
  英: "GBR",
  独: "DEU",
  仏: "FRA",
  豪州: "AUS",
  北朝鮮: "PRK",
  中国: "CHN",
  露: "RUS",
  トルコ: "TUR",
  チェコ: "CZE",
  北マケドニア: "MKD",
  ニュージーランド: "NZL",
  "كوريا الجنوبية": "KOR",
  كوريا: "KOR",
  "الولايات المتحدة": "USA",
  "الولايات المتحدة الأمريكية": "USA",
  أمريكا: "USA",
  "المملكة المتحدة": "GBR",
  بريطانيا: "GBR",
  تركيا: "TUR",
  روسيا: "RUS",
  التشيك: "CZE",
};

let lookup: Map<string, string> | undefined;

function buildLookup(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, iso3] of Object.entries(ALIASES)) map.set(normalize(name), iso3);
  const byLocale = ["ja", "ar"].map((locale) => new Intl.DisplayNames([locale], { type: "region" }));
  for (const record of listCountryRecords()) {
    map.set(record.iso3.toLowerCase(), record.iso3);
    map.set(normalize(record.name), record.iso3);
    const alpha2 = EXTRA_COUNTRIES[record.iso3]?.alpha2 ?? countries.alpha3ToAlpha2(record.iso3);
    // CLDR's Japanese and Arabic names, without overriding a name another country already has
    for (const names of byLocale) {
      const local = alpha2 ? names.of(alpha2) : undefined;
      if (local && local !== alpha2 && !map.has(normalize(local))) map.set(normalize(local), record.iso3);
    }
  }
  for (const [alpha2, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (!iso3) continue;
    map.set(alpha2.toLowerCase(), iso3);
    for (const name of names) map.set(normalize(name), iso3);
  }
  return map;
}

/** Footnote markers publishers put after names: "Türkiye (1)", "Poland*", "Poland‡", "Germany (a)", "France[2]". */
// Only digits and single lower-case letters count as markers: "Congo (DR)" must not become "Congo".
const FOOTNOTE = /\s*(?:\(\s*(?:\d{1,2}|[a-z])\s*\)|\[\s*(?:\d{1,2}|[a-z])\s*\]|[*‡§†¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s\d{1,2})\s*$/u;

/** ISO3 for a country code (alpha-2 or alpha-3) or a name in English, Japanese or Arabic; undefined when unknown. */
export function resolveCountry(text: string): string | undefined {
  lookup ??= buildLookup();
  const found = lookup.get(normalize(text)) ?? lookup.get(text.trim().toLowerCase());
  if (found) return found;
  const bare = text.replace(FOOTNOTE, "");
  return bare !== text && bare.trim() !== "" ? resolveCountry(bare) : undefined;
}

/** Regional and income aggregates that publishers put beside countries (OWID_*, World Bank region codes). */
export function isAggregate(code: string, name: string): boolean {
  if (/^OWID_/i.test(code) && code.toUpperCase() !== "OWID_KOS") return true;
  if (WORLD_BANK_AGGREGATES.has(code.toUpperCase())) return true;
  return (
    /\b(world|income|region|union|area|total|members|countries|asia|africa|europe|americas?|oceania|middle east|ida|ibrd|oecd|sipri|states|nato|allies)\b/i.test(
      name,
    ) && !resolveCountry(name)
  );
}

const WORLD_BANK_AGGREGATES = new Set(
  "AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD".split(
    " ",
  ),
);

/**
 * States that no longer exist, which SIPRI's series still list (Czechoslovakia to 1992, the USSR to 1991). ISO 3166
 * has no current code for them, so the dashboard cannot chart them; the importer skips them and says so.
 */
export const isFormerState = (name: string) =>
  /^(czechoslovakia|ussr|soviet union|yugoslavia|german dr|germany,? east|east germany|german democratic republic|yemen,? (north|south)|(north|south) yemen|yemen arab republic|serbia and montenegro)\b/i.test(
    name.trim(),
  );
