import { describe, expect, it } from "vitest";
import { type EditionRef, previousEdition, publisherOf, revisions } from "../../lib/dashboard/series/revisions";

const edition = (id: number, dataset: string, definition: string, label: string, publishedOn: string | null) =>
  ({ id, dataset, definition, label, publishedOn }) satisfies EditionRef;
const june2024 = edition(1, "nato", "NATO", "June 2024", "2024-06-17");
const august2025 = edition(2, "nato", "NATO", "August 2025", "2025-08-28");
const july2026 = edition(7, "nato-core", "NATO_CORE", "July 2026", "2026-07-07");

describe("revisions of one figure across a publisher's editions", () => {
  it("lists Poland 2024 as each NATO edition printed it, with the change of basis marked", () => {
    // given out of order: the release dates order them
    const rows = revisions([
      { edition: july2026, value: 3.75, status: "actual" },
      { edition: june2024, value: 4.12, status: "estimate" },
      { edition: august2025, value: 3.79, status: "estimate" },
    ]);
    expect(rows.map((r) => [r.edition.label, r.value, r.basisChanged])).toEqual([
      ["June 2024", 4.12, false],
      ["August 2025", 3.79, false],
      ["July 2026", 3.75, true],
    ]);
    expect(rows[0]!.change).toBeNull();
    expect(rows[1]!.change).toBeCloseTo(-0.33, 10);
    expect(rows[2]!.change).toBeCloseTo(-0.04, 10);
  });

  it("keeps an edition without the figure, and measures the next change from the last figure printed", () => {
    const rows = revisions([
      { edition: june2024, value: 2.12, status: "estimate" },
      { edition: august2025, value: null, status: null },
      { edition: july2026, value: 2.22, status: "estimate" },
    ]);
    expect(rows.map((r) => r.change === null)).toEqual([true, true, false]);
    expect(rows[2]!.change).toBeCloseTo(0.1, 10);
  });

  it("orders editions without a release date after dated ones, by id", () => {
    const undated = edition(9, "sipri", "SIPRI", "upload", null);
    const april2025 = edition(3, "sipri", "SIPRI", "April 2025", "2025-04-28");
    expect(previousEdition([undated, april2025], 9)).toEqual(april2025);
    expect(previousEdition([undated, april2025], 3)).toBeNull();
    expect(previousEdition([june2024, july2026, august2025], 7)).toEqual(august2025);
  });

  it("counts NATO's core-defence tables as NATO's editions", () => {
    expect(publisherOf("NATO_CORE")).toBe(publisherOf("NATO"));
    expect(publisherOf("SIPRI")).not.toBe(publisherOf("NATO"));
  });
});
