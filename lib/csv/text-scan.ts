// Hand-written scanners for the cell patterns a file's text is matched against most: year headers ("2024e",
// "2024年度"), numbers ("1.37", "-2e-3", "2.1 %") and a header's trailing unit ("（%）"). Regular expressions for
// these backtracked on long runs of spaces or digits (a 2 KB header blocked the server for 9 s); each scanner here
// walks its text once, left to right, and never steps back, so its work is linear in the text by construction.

/**
 * Characters the scanners have looked at, all calls together: the linear-time property
 * (tests/unit/linear-text.test.ts) checks it against the length of what they were given.
 */
export const scanWork = { steps: 0 };

/** JavaScript's `\s` (the characters String.prototype.trim removes). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Index of the first character at or after `i` that is not a space. */
function skipSpaces(text: string, i: number): number {
  const start = i;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  scanWork.steps += i - start;
  return i;
}

/** Index after the run of ASCII digits starting at `i`. */
function skipDigits(text: string, i: number): number {
  const start = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  scanWork.steps += i - start;
  return i;
}

const ESTIMATE_SUFFIXES = new Set(["e", "*", "(e)", "(est)", "(est.)", "est", "est."]);

/**
 * A year column's header: 1900–2199, then optionally 年 or 年度, then optionally an estimate mark ("e", "*", "(e)",
 * "(est.)", "est"), spaces allowed between them and around. Null for anything else.
 */
export function yearHeader(cell: string): { year: number; estimate: boolean } | null {
  const text = cell.trim();
  scanWork.steps += 1;
  if (text.length < 4) return null;
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && (c1 === 48 || c1 === 49)))) return null; // 19, 20, 21
  if (!isDigit(text.charCodeAt(2)) || !isDigit(text.charCodeAt(3))) return null;
  const year = Number(text.slice(0, 4));
  let i = skipSpaces(text, 4);
  if (text[i] === "年") {
    i += 1;
    if (text[i] === "度") i += 1;
    i = skipSpaces(text, i);
  }
  if (i === text.length) return { year, estimate: false };
  return ESTIMATE_SUFFIXES.has(text.slice(i).toLowerCase()) ? { year, estimate: true } : null;
}

/**
 * A decimal number as a table writes it, with no spaces: `-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?`. Returns its exponent
 * (0 without one; Infinity when it has more digits than any number needs), or null when the text is not a number.
 */
export function decimalNumber(text: string): { exponent: number } | null {
  let i = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const int = skipDigits(text, i);
  let end = int;
  if (text.charCodeAt(end) === 46 /* . */) end = skipDigits(text, end + 1);
  // digits before the point, or after it
  if (int === i && end - int < 2) return null;
  i = end;
  if (i === text.length) return { exponent: 0 };
  if ((text.charCodeAt(i) | 0x20) !== 101 /* e */) return null;
  i += 1;
  const sign = text[i] === "-" ? -1 : 1;
  if (text[i] === "-" || text[i] === "+") i += 1;
  const digits = skipDigits(text, i);
  if (digits === i || digits !== text.length) return null;
  return { exponent: digits - i > 6 ? sign * Infinity : sign * Number(text.slice(i, digits)) };
}

/** `\d+(\.\d*)?` and nothing else: digits, then at most one point and digits. */
export function plainDecimal(text: string): boolean {
  const int = skipDigits(text, 0);
  if (int === 0) return false;
  if (int === text.length) return true;
  return text.charCodeAt(int) === 46 /* . */ && skipDigits(text, int + 1) === text.length;
}

/**
 * A number cell as publishers write one, already trimmed: digits, an optional decimal point or comma and digits,
 * optionally a "%" (with spaces before it when `loose`), and a minus sign first when `loose`.
 */
export function plainNumber(text: string, loose: boolean): boolean {
  let i = loose && text.charCodeAt(0) === 45 ? 1 : 0;
  const int = skipDigits(text, i);
  if (int === i) return false;
  i = int;
  const c = text.charCodeAt(i);
  if (c === 46 || c === 44) {
    const frac = skipDigits(text, i + 1);
    if (frac === i + 1) return false;
    i = frac;
  }
  if (loose) i = skipSpaces(text, i);
  if (text.charCodeAt(i) === 37 /* % */) i += 1;
  return i === text.length;
}

const OPENERS = new Set(["(", "（", "［", "["]);
const CLOSERS = new Set([")", "）", "]", "］"]);
const isLineBreak = (c: string) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

/**
 * A header without a trailing unit in brackets ("対GDP比（%）" → "対GDP比"): the text from the first opening bracket
 * on its last line, when the text (trailing spaces aside) ends with a closing bracket.
 */
export function withoutTrailingUnit(text: string): string {
  const t = text.trimEnd();
  scanWork.steps += 1;
  if (t.length < 2 || !CLOSERS.has(t[t.length - 1]!)) return text;
  // the brackets' text may not span lines: the opening bracket is on the last line
  let line = t.length - 2;
  while (line >= 0 && !isLineBreak(t[line]!)) line--;
  for (let i = line + 1; i < t.length - 1; i++) {
    if (OPENERS.has(t[i]!)) {
      scanWork.steps += 2 * (t.length - line);
      return text.slice(0, i);
    }
  }
  scanWork.steps += 2 * (t.length - line);
  return text;
}
