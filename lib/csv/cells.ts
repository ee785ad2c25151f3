// Reading single cells the way publishers write them: missing-value markers, Excel errors, Japanese era years,
// full-width and Arabic-Indic digits, footnote symbols.

/** Cells that mean "no figure": blank, SIPRI's ". ." and "xxx" (country did not exist), dashes, n/a. */
const MISSING = new Set([
  "",
  ".",
  "..",
  ". .",
  "...",
  "…",
  "-",
  "–",
  "—",
  "n/a",
  "na",
  "n.a.",
  "xxx",
  "null",
  ":",
  "－",
  "ー",
  "―",
  "غير متاح",
]);
/** Cells that hold no number although they look like one: refused, never read as blank. */
const NOT_A_FIGURE = /^(nan|[+-]?inf(inity)?|#n\/a|#div\/0!|#value!|#ref!|#num!|#name\?|#null!)$/i;

export const isMissingMarker = (text: string) => MISSING.has(text.trim().toLowerCase());
export const isNotAFigure = (text: string) => NOT_A_FIGURE.test(text.trim());

const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** Full-width (Japanese) and Arabic-Indic digits, and the Arabic decimal separator, as ASCII. */
export function asciiDigits(text: string): string {
  // nearly every cell is plain ASCII, which all of this leaves as it is (and NFKC alone costs ~0.3 µs a cell)
  if (PLAIN_ASCII.test(text)) return text;
  return text
    .normalize("NFKC")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ".")
    .replace(/\u066c/g, ",");
}

// First Gregorian year of each Japanese era: 令和 (Reiwa) 1 = 2019, 平成 (Heisei) 1 = 1989, 昭和 (Showa) 1 = 1926.
const ERAS: Readonly<Record<string, number>> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };
const ERA_YEAR = /^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*(?:年度?)?$/;
const GREGORIAN = /^(?:FY\s*)?(\d{4})(?:\s*(?:年度?|[-/]\d{2,4}))?$/i;

export interface ParsedYear {
  year: number;
  /** the text was a Japanese era year (令和7年度 = FY2025) */
  era: boolean;
}

/** A year cell: 2024, FY2024, 2024-25, 2024年度, or a Japanese era year; null when it is none of these. */
export function parseYear(cell: string): ParsedYear | null {
  // nearly every year cell is four ASCII digits, which the patterns below would read the same way
  if (isFourDigits(cell)) return { year: Number(cell), era: false };
  const text = asciiDigits(cell).trim();
  const g = GREGORIAN.exec(text);
  if (g) return { year: Number(g[1]), era: false };
  const e = ERA_YEAR.exec(text);
  if (e) return { year: ERAS[e[1]!]! + (e[2] === "元" ? 1 : Number(e[2])), era: true };
  return null;
}

const isFourDigits = (text: string) => {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/** A notes cell that holds only footnote symbols (SIPRI's ‡ and §) says nothing a reader could use. */
export const isFootnoteSymbol = (text: string) => /^[\s‡§†*¶#¹²³⁴⁵⁶⁷⁸⁹⁰,;]*$/.test(text);
