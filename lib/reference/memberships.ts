// Who belongs to which group: plain facts with no dependency, so the browser's code can ask "is this an ally?"
// without loading the country-name tables of lib/reference/countries.ts.
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

export function groupsOf(iso3: string): CountryGroup[] {
  const groups: CountryGroup[] = [];
  if (isNatoAlly(iso3)) groups.push("NATO", ...(NORTH_AMERICA.has(iso3) ? [] : (["NATO_EUROPE"] as const)));
  if (EU.has(iso3)) groups.push("EU");
  if (G7.has(iso3)) groups.push("G7");
  if ((INDO_PACIFIC_PARTNERS as readonly string[]).includes(iso3)) groups.push("IP4");
  return groups;
}
