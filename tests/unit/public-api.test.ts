import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toAtom, xmlText } from "../../lib/dashboard/export/atom-feed";
import { toObservationsCsv } from "../../lib/dashboard/export/observations-csv";
import { releaseNote, releaseNoteText } from "../../lib/dashboard/export/release-note";
import { formats } from "../../lib/dashboard/text/format";
import { matchesIfNoneMatch, representation } from "../../lib/public-api/http-cache";
import { observationsUrl } from "../../lib/public-api/links";
import { queryObject, ZObservationsQuery } from "../../lib/public-api/params";
import { invalidParameters } from "../../lib/public-api/problem";

describe("public API parameters", () => {
  it.each([
    [{ countries: "jpn~pol,JPN" }, { countries: ["JPN", "POL"], format: "json" }],
    [
      { from: "2014", to: "2026", edition: "7", format: "csv" },
      { from: 2014, to: 2026, edition: 7, format: "csv" },
    ],
    [{}, { format: "json" }],
  ])("reads %j", (query, expected) => expect(ZObservationsQuery.parse(query)).toEqual(expected));

  it.each([
    [{ from: "2015", to: "2014" }, ["from"]],
    [{ countries: "JPN,PO" }, ["countries"]],
    [{ edition: "-1", format: "xml" }, ["edition", "format"]],
    [{ country: "JPN", year: "2024" }, ["country", "year"]],
  ])("names each bad parameter of %j", (query, names) => {
    const parsed = ZObservationsQuery.safeParse(query);
    expect(parsed.success).toBe(false);
    const problem = invalidParameters(parsed.error!);
    expect(problem.invalidParams!.map((p) => p.name)).toEqual(names);
    for (const name of names) expect(problem.message).toContain(`\`${name}\``);
  });

  it("refuses a parameter given twice instead of picking one", () => {
    expect(queryObject(new URLSearchParams("from=2014&to=2020&from=2015"))).toEqual({ ok: false, repeated: "from" });
    expect(queryObject(new URLSearchParams("from=2014"))).toEqual({ ok: true, query: { from: "2014" } });
  });

  it("writes observation URLs in one order, without the default format", () => {
    expect(observationsUrl("https://x.org", "nato", { edition: 3, countries: ["JPN"], format: "json" })).toBe(
      "https://x.org/api/v1/datasets/nato/observations?countries=JPN&edition=3",
    );
  });
});

describe("ETags", () => {
  it("matches If-None-Match weakly, in lists and with *", () => {
    const { etag } = representation("body", "text/plain", true);
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"a", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch("*", etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(representation("body2", "text/plain", true).etag).not.toBe(etag);
  });
});

describe("API CSV", () => {
  it("keeps numbers and makes every text cell formula-safe", () => {
    const csv = toObservationsCsv(
      [{ country: "JPN", value: -0.5, note: "=cmd|' /C calc'!A0", source: null, label: "a\nb" }],
      ["country", "value", "note", "source", "label"],
    );
    expect(Papa.parse(csv.trim(), { header: true }).data).toEqual([
      { country: "JPN", value: "-0.5", note: "'=cmd|' /C calc'!A0", source: "", label: "a b" },
    ]);
  });
});

describe("release notes", () => {
  const input = {
    kind: "published" as const,
    edition: { id: 2, label: "v2", publishedOn: "2026-04-27", carried: 0 },
    previous: { id: 1, label: "v1", publishedOn: null },
    counts: { added: 1, removed: 1, changed: 3, changedBy: { revised: 1, status: 1, precision: 1 }, unchanged: 3 },
    changes: [
      { country: "USA", year: 2024, kind: "removed" as const, before: 3.38, after: null, detail: null },
      { country: "JPN", year: 2023, kind: "changed" as const, before: 1.14, after: 1.19, detail: "revised" as const },
      { country: "POL", year: 2024, kind: "changed" as const, before: 4.12, after: 4.12, detail: "status" as const },
      {
        country: "DEU",
        year: 2024,
        kind: "changed" as const,
        before: 2.12,
        after: 2.120004,
        detail: "precision" as const,
      },
    ],
    carriedFrom: null,
  };
  it("lists the largest value revisions only (not removals, not status-only or precision-only changes)", () => {
    expect(releaseNote(input).largest).toEqual([{ country: "JPN", year: 2023, before: 1.14, after: 1.19 }]);
  });
  it("is written from the caller's words and the locale's numbers", () => {
    const t = (key: string, values?: Record<string, string | number>) => `${key}${JSON.stringify(values ?? {})}`;
    const text = releaseNoteText(releaseNote(input), t, "ar", "SIPRI", (c) => c.toLowerCase());
    expect(text.title).toBe('published{"dataset":"SIPRI","edition":"v2"}');
    expect(text.lines).toEqual([
      'changes{"added":1,"revised":1,"removed":1,"unchanged":3,"previous":"v1"}',
      'statusOnly{"count":1}',
      'precisionOnly{"count":1}',
      'releaseDate{"date":"2026-04-27"}',
    ]);
    expect(text.revisions[0]).toContain('"country":"jpn"');
    expect(text.revisions[0]).toContain(`"before":"${formats("ar").share(1.14)}"`);
    expect(text.revisions[0]).toContain(`"change":"${formats("ar").points(0.05)}"`);
  });
});

describe("Atom writer", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(xmlText('a<b>&"c"\u0001\uD800')).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
    const xml = toAtom({
      id: "https://x.org/feed.xml",
      title: "T & <t>",
      subtitle: "s",
      updated: "2026-01-01T00:00:00.000Z",
      lang: "en",
      author: { name: "A", uri: "https://x.org/" },
      links: [],
      entries: [],
    });
    expect(xml).toContain("<title>T &amp; &lt;t&gt;</title>");
  });
});
