import { describe, expect, it } from "vitest";
import { editionName } from "../../lib/dashboard/text/edition-label";

describe("an edition's name in the reader's language", () => {
  it.each([
    ["en", "July 2026"],
    [
      "ar",
      new Intl.DateTimeFormat("ar", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(2026, 6, 7)),
    ],
    ["ja", "2026年7月"],
  ])("%s: a shipped edition named for its publication month is that date, written by the interface", (locale, text) => {
    expect(editionName("July 2026", "2026-07-07", locale)).toEqual({ text, asWritten: false });
  });

  it("keeps an editor's own label as written, marked so", () => {
    expect(editionName("June 2026 (my corrections)", "2026-06-20", "ar")).toEqual({
      text: "June 2026 (my corrections)",
      asWritten: true,
    });
    expect(editionName("April 2026", null, "ja")).toEqual({ text: "April 2026", asWritten: true });
    expect(editionName("April 2026", "2026-05-01", "ja").asWritten).toBe(true); // not its publication month
  });
});
