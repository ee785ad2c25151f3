import { describe, expect, it } from "vitest";
import en from "../../messages/en.json" with { type: "json" };
import { AppError } from "../../lib/errors/app-error";
import { ERROR_KINDS } from "../../lib/errors/codes";
import { isFileError, fileError } from "../../lib/csv/issues";
import { sourceFiles } from "../helpers/source-files";

describe("one error type", () => {
  it("lib and app declare exactly one error class, lib/errors' AppError", () => {
    const classes = sourceFiles("lib", "app", "scripts").flatMap(([file, text]) =>
      [...text.matchAll(/class\s+(\w+)\s+extends\s+(\w*Error)\b/g)].map((m) => `${file}: ${m[1]} extends ${m[2]}`),
    );
    expect(classes).toEqual(["lib/errors/app-error.ts: AppError extends Error"]);
  });

  it("every code has an HTTP status and a text in messages/*.json", () => {
    for (const [code, kind] of Object.entries(ERROR_KINDS)) {
      expect(kind.status, code).toBeGreaterThanOrEqual(400);
      const [namespace, key] = kind.message.split(".") as [keyof typeof en, string];
      expect((en[namespace] as Record<string, string>)[key], code).toBeTypeOf("string");
    }
  });

  it("a file that cannot be read is an AppError carrying its located issue", () => {
    const error = fileError({ file: "f.csv", line: 1, column: 0 }, "empty");
    expect(error).toBeInstanceOf(AppError);
    expect(isFileError(error)).toBe(true);
    expect(error.issue).toMatchObject({ file: "f.csv", line: 1, code: "empty" });
    expect(isFileError(new AppError("unknown_dataset", "x"))).toBe(false);
  });
});
