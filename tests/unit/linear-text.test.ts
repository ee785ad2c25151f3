import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLayout, layoutOf } from "../../lib/csv/layout";
import { MAX_HEADER_CHARS, MAX_TEXT_CHARS } from "../../lib/csv/limits";
import { decimalNumber, plainNumber, scanWork, withoutTrailingUnit, yearHeader } from "../../lib/csv/text-scan";
import { ValueReader } from "../../lib/csv/values";
import { FUZZ_SEED } from "../helpers/csv-arbitraries";

// The text a file's cells are matched against is scanned in linear time (lib/csv/text-scan.ts): a 2 KB header of
// spaces blocked the server for 9 s when these were regular expressions. Properties, over long repetitive cells:
// the scanners' counted work stays within a constant times the text's length (not time: this machine is shared);
// and on short cells they give the same answers as the patterns they replace.

/** Steps counted by the scanners while `run` runs. */
function stepsOf(run: () => unknown): number {
  const before = scanWork.steps;
  run();
  return scanWork.steps - before;
}

// the pieces of the worst inputs found: runs of spaces, digits, points, brackets, year marks and letters
const piece = fc.constantFrom(
  " ",
  "  ",
  "1",
  "12",
  "2024",
  ".",
  "e",
  "e-",
  "-",
  "(",
  ")",
  "（",
  "年",
  "度",
  "x",
  "%",
  "\t",
  "\n",
  "(est.",
  ",",
);
/** A cell of up to ~20,000 characters: a short prefix, one piece repeated many times, a short tail. */
const longCell = fc
  .tuple(
    fc.array(piece, { maxLength: 4 }),
    fc.array(piece, { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 100, max: 5000 }),
    fc.array(piece, { maxLength: 4 }),
  )
  .map(([head, unit, times, tail]) => head.join("") + unit.join("").repeat(times) + tail.join(""));
const shortCell = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));

const PER_CHAR = 4;

describe("text scanners: linear work by count", () => {
  it("each scanner looks at each character a bounded number of times", () => {
    fc.assert(
      fc.property(longCell, (cell) => {
        const limit = PER_CHAR * (cell.length + 1);
        expect(stepsOf(() => yearHeader(cell))).toBeLessThanOrEqual(limit);
        expect(stepsOf(() => decimalNumber(cell))).toBeLessThanOrEqual(limit);
        expect(stepsOf(() => plainNumber(cell, true))).toBeLessThanOrEqual(limit);
        expect(stepsOf(() => plainNumber(cell, false))).toBeLessThanOrEqual(limit);
        expect(stepsOf(() => withoutTrailingUnit(cell))).toBeLessThanOrEqual(limit);
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  it("a header row, a table's detection and its value cells cost work linear in their text", () => {
    fc.assert(
      fc.property(fc.array(longCell, { minLength: 1, maxLength: 6 }), (cells) => {
        const header = ["country", ...cells.map((c) => c.slice(0, MAX_HEADER_CHARS))];
        const chars = header.reduce((n, c) => n + c.length + 1, 0);
        // every column is keyed once and matched against each kind of header a bounded number of times
        expect(stepsOf(() => layoutOf(header, 0, [header]))).toBeLessThanOrEqual(20 * PER_CHAR * chars);
        const rows = [header, ["JPN", ...cells.map((c) => c.slice(0, MAX_TEXT_CHARS))]];
        const all = rows.flat().reduce((n, c) => n + c.length + 1, 0);
        expect(stepsOf(() => detectTolerant(rows))).toBeLessThanOrEqual(40 * PER_CHAR * all);
        const values = new ValueReader(".", "fraction");
        for (const cell of cells) expect(stepsOf(() => values.read(cell))).toBeLessThanOrEqual(PER_CHAR * 70);
      }),
      { seed: FUZZ_SEED, numRuns: 150 },
    );
  });
});

function detectTolerant(records: string[][]) {
  try {
    return detectLayout(records, "t.csv", (i) => i + 1);
  } catch {
    return null;
  }
}

// The patterns the scanners replace, as they were (quadratic or cubic on long runs): run on short cells only.
const FORMER = {
  yearHeader: /^\s*((?:19|20|21)\d\d)\s*(?:年度?)?\s*(e|\*|\(e\)|\(est\.?\)|est\.?)?\s*$/i,
  decimal: /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i,
  looseNumber: /^\s*-?\d+([.,]\d+)?\s*%?\s*$/,
  strictNumber: /^\d+([.,]\d+)?%?$/,
  unit: /[(（［[].*?[)）\]］]\s*$/u,
};

describe("text scanners: the same answers as the patterns they replace", () => {
  it("on short cells of the same pieces", () => {
    fc.assert(
      fc.property(shortCell, fc.constantFrom("", "20", "2024", "1999", "-", "."), (tail, lead) => {
        const cell = lead + tail;
        const m = FORMER.yearHeader.exec(cell);
        expect(yearHeader(cell)).toEqual(m ? { year: Number(m[1]), estimate: Boolean(m[2]) } : null);
        expect(decimalNumber(cell) !== null).toBe(FORMER.decimal.test(cell));
        expect(plainNumber(cell.trim(), true)).toBe(FORMER.looseNumber.test(cell));
        expect(plainNumber(cell, false)).toBe(FORMER.strictNumber.test(cell));
        expect(withoutTrailingUnit(cell)).toBe(cell.replace(FORMER.unit, ""));
      }),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
  });

  it("on the headers and values publishers write", () => {
    for (const h of ["2024", "2024e", " 2024 E ", "2024*", "2024 (est.)", "2024年度", "2024年 e", "1899", "2024x"]) {
      const m = FORMER.yearHeader.exec(h);
      expect(yearHeader(h)).toEqual(m ? { year: Number(m[1]), estimate: Boolean(m[2]) } : null);
    }
    expect(decimalNumber("1.5e-2")).toEqual({ exponent: -2 });
    expect(decimalNumber("-.5")).toEqual({ exponent: 0 });
    expect(decimalNumber("1e-530000000")).toEqual({ exponent: -Infinity });
    expect(decimalNumber("1e")).toBeNull();
    expect(withoutTrailingUnit("対GDP比（%）")).toBe("対GDP比");
    expect(withoutTrailingUnit("Military expenditure (% of GDP)")).toBe("Military expenditure ");
    expect(withoutTrailingUnit("Share\n(of GDP)")).toBe("Share\n");
  });
});
