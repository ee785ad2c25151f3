import { describe, expect, it } from "vitest";
import { fileError, isFileError, IssueList, MAX_REPORTED_ISSUES } from "../../lib/csv/issues";
import {
  MAX_ISSUE_LIST_CHARS,
  MAX_ISSUE_PARAM_CHARS,
  MAX_ISSUE_TEXT_CHARS,
  MAX_VALUE_CHARS,
} from "../../lib/csv/limits";
import { parseObservations } from "../../lib/csv/parse";
import { ValueReader } from "../../lib/csv/values";
import { byteSource, chunksOf } from "../helpers/byte-source";
import { HOSTILE_FILES } from "../helpers/hostile-files";

// Issue 21's files, generated (tests/helpers/hostile-files.ts): each is refused with a located error, before it
// costs more than a bounded amount of memory, and the answer that reports it stays small.

/** What the parser makes of a file: its result (row errors), or the whole file's refusal. */
async function outcome(file: (typeof HOSTILE_FILES)[number]) {
  const bytes = file.bytes();
  try {
    const result = await parseObservations(
      file.name,
      byteSource(chunksOf(bytes, 64 * 1024)),
      () => undefined,
      file.overrides,
    );
    return { bytes: bytes.length, result, issue: result.errors[0], size: JSON.stringify(result).length };
  } catch (error) {
    if (!isFileError(error)) throw error;
    return { bytes: bytes.length, result: null, issue: error.issue, size: JSON.stringify(error.issue).length };
  }
}

describe("the files of the review, refused and located", () => {
  it.each(HOSTILE_FILES.map((f) => [f.name, f] as const))(
    "%s",
    async (_, file) => {
      const { result, issue, size } = await outcome(file);
      expect(issue).toMatchObject(file.refused);
      // a workbook's errors name the sheet read too: "book.xlsx [Share of GDP]"
      expect(issue!.file.startsWith(file.name)).toBe(true);
      expect(issue!.message).not.toBe("");
      // row errors: the file is read to its end and every bad cell counted; else the whole file is refused
      if (file.rowError) expect(result!.errorCount).toBeGreaterThan(0);
      else expect(result).toBeNull();
      // the answer that lists the errors stays small however large the cells they quote
      expect(size).toBeLessThan(300_000);
    },
    30_000,
  );
});

describe("bounded numbers and issues", () => {
  it("bounds a value's length and exponent before any arithmetic", () => {
    const fraction = new ValueReader(".", "fraction");
    expect(fraction.read("1e-530000000")).toEqual({ issue: "exponentRange", params: { max: 20 } });
    expect(fraction.read("1e+21")).toMatchObject({ issue: "exponentRange" });
    expect(fraction.read("1.5e-2")).toEqual({ value: "1.5" });
    expect(fraction.read("0.013713969")).toEqual({ value: "1.3713969" });
    expect(fraction.read("1".repeat(MAX_VALUE_CHARS + 1))).toEqual({ issue: "valueTooLong", params: { max: 64 } });
    const percent = new ValueReader(".", "percent");
    expect(percent.read("2,5")).toEqual({ issue: "notNumberDecimalComma" });
    expect(percent.read("2.5 %")).toEqual({ value: "2.5" });
    expect(percent.read(`${"0".repeat(60)}1.5`)).toEqual({ value: `${"0".repeat(60)}1.5` });
  });

  it("keeps an issue's text and parameters short, and a list of them within its size", () => {
    const list = new IssueList();
    const huge = "x".repeat(1_000_000);
    for (let i = 0; i < 1000; i++)
      list.add({ file: "f.csv", line: i + 2, column: 1, code: "unknownCountry", text: huge, params: { names: huge } });
    expect(list.count).toBe(1000);
    expect(list.items.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
    for (const issue of list.items) {
      expect(issue.text!.length).toBeLessThanOrEqual(MAX_ISSUE_TEXT_CHARS + 1);
      expect(String(issue.params!.names).length).toBeLessThanOrEqual(MAX_ISSUE_PARAM_CHARS + 1);
    }
    expect(JSON.stringify(list.items).length).toBeLessThan(MAX_ISSUE_LIST_CHARS + 20_000);
    // a whole-file issue still goes first, whatever was kept before it
    list.add(
      { file: "f.csv", line: 0, column: 0, code: "fractions", params: { below: 1, count: 1, limit: 0.2 } },
      true,
    );
    expect(list.items[0]!.code).toBe("fractions");
    const refused = fileError({ file: "f.csv", line: 1, column: 1, text: huge }, "noHeader");
    expect(refused.issue.text!.length).toBeLessThanOrEqual(MAX_ISSUE_TEXT_CHARS + 1);
    expect(refused.message.length).toBeLessThan(1000);
  });
});
