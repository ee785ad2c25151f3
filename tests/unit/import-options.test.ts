import { describe, expect, it } from "vitest";
import { importChoices, ZImportOptions } from "../../lib/import/import-options";

describe("import options, one schema for the CLI, the upload and the shipped data", () => {
  it("reads the upload's query strings and the CLI's values to the same choices", () => {
    const upload = ZImportOptions.parse({ delimiter: "\t", skipUnknown: "true", mode: "update", sheet: " Data " });
    const cli = ZImportOptions.parse({ delimiter: "tab", skipUnknown: true, mode: "update", sheet: "Data" });
    expect(upload).toEqual(cli);
    expect(importChoices(cli)).toEqual({
      overrides: { delimiter: "\t", skipUnknown: true, sheet: "Data" },
      editionMode: "update",
    });
  });

  it("names the option it refuses", () => {
    const refused = ZImportOptions.safeParse({ unit: "permille", mode: "append", skipUnknown: "yes" });
    expect(refused.error?.issues.map((i) => i.message.split(" ")[0])).toEqual(["unit", "skipUnknown", "mode"]);
  });

  it("leaves every choice unset when none is given", () => {
    expect(importChoices(ZImportOptions.parse({}))).toEqual({ overrides: {} });
  });
});
