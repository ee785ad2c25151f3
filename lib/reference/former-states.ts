// Rows of publishers' tables for states that no longer exist: the importer skips them and says which it skipped.
import { normalizeName } from "./country-names";

/**
 * States that no longer exist, which SIPRI's and OWID's series still list (Czechoslovakia to 1992, the USSR to
 * 1991). ISO 3166 has no current code for them, so the dashboard cannot chart them.
 */
const FORMER_STATES = new Set(
  [
    "Czechoslovakia",
    "USSR",
    "Soviet Union",
    "Yugoslavia",
    "Federal Republic of Yugoslavia",
    "Serbia and Montenegro",
    "German DR",
    "German Democratic Republic",
    "Germany, East",
    "East Germany",
    "West Germany",
    "Germany, West",
    "Yemen, North",
    "Yemen, South",
    "North Yemen",
    "South Yemen",
    "Yemen Arab Republic",
    "Yemen People's Republic",
    "People's Democratic Republic of Yemen",
    "Netherlands Antilles",
    "Zanzibar",
  ].map(normalizeName),
);

export const isFormerState = (name: string) => FORMER_STATES.has(normalizeName(name));
