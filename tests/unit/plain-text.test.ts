import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { previewSvg } from "../../lib/dashboard/export/preview-svg";
import { checkEditionText, plainTextProblem, zPlainText } from "../../lib/import/plain-text";

describe("text editors type in (labels, notes, dataset details)", () => {
  it.each([
    ["April 2026", {}, null],
    ["", { min: 1 }, "must not be empty"],
    ["x".repeat(201), {}, "is 201 characters; at most 200 are allowed"],
    ["😀".repeat(200), {}, null], // characters, not UTF-16 units
    ["April\u00002026", {}, "holds a control character (U+0000 at character 6), which cannot be shown; remove it"],
    ["April\u0001", {}, "holds a control character (U+0001 at character 6), which cannot be shown; remove it"],
    ["two\nlines", {}, "holds a control character (U+000A at character 4), which cannot be shown; remove it"],
    ["two\nlines\tand a tab\r\n", { multiline: true }, null],
    [
      "bell\u0007",
      { multiline: true },
      "holds a control character (U+0007 at character 5), which cannot be shown; remove it",
    ],
    [
      "c1\u0085",
      { multiline: true },
      "holds a control character (U+0085 at character 3), which cannot be shown; remove it",
    ],
    ["del\u007f", {}, "holds a control character (U+007F at character 4), which cannot be shown; remove it"],
  ])("%j %j → %s", (text, options, problem) => {
    expect(plainTextProblem(text, { max: 200, ...options })).toBe(problem);
  });

  it("refuses an edition's over-long note and a label with NUL, naming both", () => {
    expect(() => checkEditionText({ label: "v1", note: "n".repeat(10 * 1024 * 1024) })).toThrow(
      "The edition's note is 10,485,760 characters; at most 2,000 are allowed.",
    );
    expect(() => checkEditionText({ label: "v\u00001" })).toThrow(
      "The edition's label holds a control character (U+0000 at character 2)",
    );
    expect(() => checkEditionText({ label: "June 2026", note: "Revised.\nSee the notes." })).not.toThrow();
  });

  it("as a Zod schema, trims first and says what is wrong", () => {
    const schema = zPlainText({ min: 1, max: 10 });
    expect(schema.parse("  ok  ")).toBe("ok");
    expect(schema.safeParse("a\u0000b").error?.issues[0]?.message).toBe(
      "This text holds a control character (U+0000 at character 2), which cannot be shown; remove it.",
    );
  });

  it("a preview card still renders when a label stored earlier holds control characters", () => {
    const svg = previewSvg({
      locale: "en",
      rtl: false,
      title: "Defence spending",
      description: "Share of GDP",
      footer: "2014–2024 · SIPRI, April\u0001 2025\u0000",
      points: [{ country: "JPN", year: 2014, value: 1, status: "actual", note: null, source: null }],
      countries: [{ iso3: "JPN", name: "Japan" }],
      from: 2014,
      to: 2024,
      guides: [2],
    });
    expect(svg).not.toMatch(/[\u0000\u0001]/);
    expect(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng().length).toBeGreaterThan(100);
  });
});
