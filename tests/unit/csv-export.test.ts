import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutralizeCell, toCsv } from "../../lib/dashboard/export/csv-export";

describe("CSV export", () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["Japan", "Japan"],
  ])("neutralizes %s", (input, output) => {
    expect(neutralizeCell(input)).toBe(output);
  });

  it("writes a citation header and rows that read back", () => {
    const csv = toCsv(
      [
        {
          country: "JPN",
          year: 2024,
          value: 1.3714,
          status: "actual",
          note: "=cmd|' /C calc'!A0",
          source: "SIPRI, 2025",
        },
      ],
      new Map([["JPN", "Japan"]]),
      {
        datasetName: "SIPRI",
        publisher: "SIPRI",
        definition: "SIPRI",
        edition: "April 2025",
        publishedOn: "2025-04-28",
        sourceUrl: "https://sipri.org",
        license: "CC BY",
        pageUrl: "http://x/",
      },
    );
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe('"# SIPRI — SIPRI, edition April 2025 (published 2025-04-28)"');
    const rows = Papa.parse<Record<string, string>>(lines.slice(4).join("\n"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      {
        country: "JPN",
        country_name: "Japan",
        year: "2024",
        value: "1.3714",
        status: "actual",
        note: "'=cmd|' /C calc'!A0",
        source: "SIPRI, 2025",
        computed: "",
        formula: "",
      },
    ]);
  });

  it("says on its first line which figures an update edition carries from the edition it updates", () => {
    const context = {
      datasetName: "SIPRI",
      publisher: "SIPRI",
      definition: "SIPRI",
      edition: "April 2026 (2025 for 24 countries; earlier years from April 2025)",
      publishedOn: "2026-04-27",
      sourceUrl: "https://sipri.org",
      license: "CC BY",
      pageUrl: "http://x/",
    };
    const lines = toCsv([], new Map(), { ...context, carried: { count: 2021, from: "April 2025" } }).split("\r\n");
    expect(Papa.parse<string[]>(lines[0]!).data[0]).toEqual([
      "# SIPRI — SIPRI, edition April 2026 (2025 for 24 countries; earlier years from April 2025) (published 2026-04-27); it updates edition April 2025: 2021 of its figures are carried unchanged from that edition, each with its note and source",
    ]);
    expect(lines[4]).toMatch(/^country,/);
  });

  it("marks shares computed here, with their formula and both sources", () => {
    const csv = toCsv(
      [],
      new Map([["JPN", "日本"]]),
      {
        datasetName: "x",
        publisher: "x",
        definition: "x",
        edition: "x",
        publishedOn: null,
        sourceUrl: "https://x",
        license: "x",
        pageUrl: "http://x/",
      },
      [
        {
          country: "JPN",
          year: 2026,
          value: 1.305679,
          status: "budget",
          label: "防衛関係費・当該年度GDP比(算出値)",
          marker: "算出値",
          formula: "9兆353億円 ÷ 2026年度GDP(見通し)692兆円 = 1.31%",
          sources: ["MoD", "Cabinet Office"],
        },
      ],
    );
    const rows = Papa.parse<Record<string, string>>(csv.split("\r\n").slice(4).join("\n"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      {
        country: "JPN",
        country_name: "日本",
        year: "2026",
        value: "1.3057",
        status: "budget",
        note: "防衛関係費・当該年度GDP比(算出値)",
        source: "MoD ; Cabinet Office",
        computed: "算出値",
        formula: "9兆353億円 ÷ 2026年度GDP(見通し)692兆円 = 1.31%",
      },
    ]);
  });

  it("keeps each citation line in one cell, so a comma in a label, publisher or licence cannot start a formula cell", () => {
    const hostile = {
      datasetName: "Data,=1+1",
      publisher: "Pub,@SUM(A1)",
      definition: "NATO,-2",
      edition: 'June 2026,=HYPERLINK("http://evil")',
      publishedOn: "2026-06-01",
      sourceUrl: "https://x/,+cmd",
      license: "CC BY,=cmd|' /C calc'!A0",
      pageUrl: "http://x/?a=1,=2",
    };
    const csv = toCsv(
      [{ country: "JPN", year: 2024, value: 1, status: "actual", note: null, source: null }],
      new Map(),
      hostile,
    );
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    for (const row of cells.slice(0, 4)) {
      expect(row).toHaveLength(1);
      expect(row[0]).toMatch(/^# /);
    }
    expect(cells[0]![0]).toContain('edition June 2026,=HYPERLINK("http://evil")');
    for (const cell of cells.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells[4]).toEqual([
      "country",
      "country_name",
      "year",
      "value",
      "status",
      "note",
      "source",
      "computed",
      "formula",
    ]);
  });

  it("neutralizes a value that starts a citation line's text with a formula character", () => {
    const csv = toCsv([], new Map(), {
      datasetName: "=evil()",
      publisher: "p",
      definition: "d",
      edition: "e",
      publishedOn: null,
      sourceUrl: "s",
      license: "l",
      pageUrl: "u",
    });
    expect(csv.split("\r\n")[0]).toBe('"# \'=evil() — p, edition e"');
  });
});
