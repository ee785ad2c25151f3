import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { type CitationInput, COMPILER, toCsl } from "../../lib/dashboard/share/citation";
import { formatCitation, risName } from "../../lib/dashboard/share/citation-formats";
import { embedSnippet } from "../../lib/dashboard/share/embed";
import { invalidParameters } from "../../lib/public-api/problem";
import { ZCitationQuery } from "../../lib/public-api/params";
import { ZCslItem } from "../../lib/public-api/schemas";

// Every citation is read back by citation.js (its BibTeX, RIS and CSL parsers), for each shipped dataset's publisher
// as data/manifest.json names it and for text that BibTeX and RIS treat specially.
const manifest = JSON.parse(await readFile("data/manifest.json", "utf8")) as {
  datasets: { slug: string; name: string; publisher: string; editions: { label: string; publishedOn?: string }[] }[];
};

type Csl = Record<string, unknown> & {
  author?: { literal?: string; family?: string; given?: string }[];
  editor?: { literal?: string; family?: string }[];
  producer?: { literal?: string; family?: string }[];
  compiler?: { literal?: string }[];
  accessed?: { "date-parts": number[][] };
  issued?: { "date-parts": number[][] };
};
const parse = async (text: string, forceType?: string): Promise<Csl[]> =>
  (await Cite.async(text, forceType ? { forceType } : {})).data;
const nameOf = (n: { literal?: string; family?: string; given?: string }) =>
  n.literal ?? [n.family, n.given].filter(Boolean).join(", ");

const inputs: CitationInput[] = manifest.datasets.flatMap((d) =>
  d.editions.map((e, i) => ({
    dataset: { slug: d.slug, name: d.name, publisher: d.publisher },
    edition: { id: 10 + i, label: e.label, publishedOn: e.publishedOn ?? null },
    view: null,
    url: `https://dash.example.org/?dataset=${d.slug}&v=${10 + i}`,
    accessed: "2026-12-03",
  })),
);
const hostile: CitationInput = {
  dataset: { slug: "odd", name: "Spending & {budget} 100% #1 $x_y ~ ^ \\end", publisher: "Ministry of A and B, Ltd." },
  edition: { id: 7, label: "2026 {draft} & final", publishedOn: null },
  view: { title: "パス: 日本、ポーランド 2014–2026" },
  url: "https://dash.example.org/ja?countries=JPN~POL&from=2014&v=7",
  accessed: "2026-02-28",
  note: "Line one\nline two %",
};

const cases: [string, CitationInput][] = [
  ...inputs.map((i): [string, CitationInput] => [`${i.dataset.slug} ${i.edition.label}`, i]),
  ["hostile text", hostile],
];

describe("citations", () => {
  it("ships a publisher for each of SIPRI, NATO and Japan's Ministry of Defense", () => {
    const publishers = inputs.map((i) => i.dataset.publisher);
    expect(publishers).toContain("SIPRI");
    expect(publishers).toContain("NATO");
    expect(publishers.some((p) => p.startsWith("Japan Ministry of Defense"))).toBe(true);
  });

  it.each(cases)("BibTeX of %s parses back to the same citation", async (_, input) => {
    const text = formatCitation("bibtex", input);
    const [item] = await parse(text, "@biblatex/text");
    expect(item!.type).toBe("dataset");
    expect(item!.author!.map(nameOf)).toEqual([input.dataset.publisher]);
    expect(item!.editor!.map(nameOf)).toEqual([COMPILER]);
    expect(text).toContain("editortype = {compiler}");
    expect([item!.publisher].flat()).toEqual([input.dataset.publisher]);
    expect(item!.title).toBe(input.view?.title ?? input.dataset.name);
    if (input.view) expect(item!["container-title"]).toBe(input.dataset.name);
    expect(item!.version).toBe(input.edition.label);
    expect(item!.URL).toBe(input.url);
    expect(item!.accessed!["date-parts"][0]).toEqual(input.accessed.split("-").map(Number));
    if (input.edition.publishedOn)
      expect(item!.issued!["date-parts"][0]).toEqual(input.edition.publishedOn.split("-").map(Number));
    else expect(item!.issued).toBeUndefined();
  });

  it.each(cases)("RIS of %s parses back with the publisher first and the dashboard as compiler", async (_, input) => {
    const text = formatCitation("ris", input);
    expect(text.split("\r\n").every((line) => line === "" || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    const [item] = await parse(text, "@ris/file");
    expect(item!.type).toBe("dataset");
    expect(item!.author!.map(nameOf)).toEqual([risName(input.dataset.publisher)]);
    expect(item!.producer!.map(nameOf)).toEqual([COMPILER]);
    expect(item!.note).toContain(`Compiled by ${COMPILER}.`);
    expect(item!.publisher).toBe(input.dataset.publisher);
    expect(item!.title).toBe(input.view?.title ?? input.dataset.name);
    expect(item!.version).toBe(input.edition.label);
    expect(item!.URL).toBe(input.url);
    expect(item!.accessed!["date-parts"][0]).toEqual(input.accessed.split("-").map(Number));
  });

  it.each(cases)("CSL-JSON of %s is read by citation.js as it is", async (_, input) => {
    const [item] = await parse(formatCitation("csl-json", input));
    const { _graph, ...read } = item!;
    void _graph;
    expect(read).toEqual(toCsl(input));
    expect(ZCslItem.parse(read)).toEqual(read); // the API's documented schema, no field more or less
    expect(read.author).toEqual([{ literal: input.dataset.publisher }]);
    expect(read.compiler).toEqual([{ literal: COMPILER }]);
  });

  it("renders a bibliography entry naming the publisher first, from the CSL-JSON", async () => {
    const cite = await Cite.async(
      formatCitation(
        "csl-json",
        inputs.find((i) => i.dataset.slug === "sipri")!,
      ),
    );
    const entry = cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" });
    expect(entry).toMatch(/^SIPRI\. \(2025/);
    expect(entry).toContain("https://dash.example.org/?dataset=sipri&v=10");
  });

  it("refuses a day of access that is no day", () => {
    expect(() => toCsl({ ...hostile, accessed: "2026-2-3" })).toThrow(RangeError);
  });
});

describe("citation parameters", () => {
  it.each([
    [{}, { format: "csl-json" }],
    [
      { edition: "3", format: "ris", accessed: "2024-02-29" },
      { edition: 3, format: "ris", accessed: "2024-02-29" },
    ],
  ])("reads %j", (query, expected) => expect(ZCitationQuery.parse(query)).toEqual(expected));

  it.each([
    [{ format: "endnote" }, "format"],
    [{ accessed: "2026-02-30" }, "accessed"],
    [{ accessed: "2026-13-01" }, "accessed"],
    [{ accessed: "yesterday" }, "accessed"],
    [{ edition: "x" }, "edition"],
    [{ style: "apa" }, "style"],
  ])("refuses %j, naming %s", (query, name) => {
    const result = ZCitationQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(invalidParameters(result.error!).invalidParams!.map((p) => p.name)).toEqual([name]);
  });
});

describe("embed snippet", () => {
  it("is an iframe of /embed and the sizing script, every attribute escaped", () => {
    const html = embedSnippet({
      origin: "https://dash.example.org",
      path: "/ja/embed?countries=JPN~POL&v=7",
      title: `Path: "Japan" & <Poland>`,
    });
    expect(html).toBe(
      '<iframe src="https://dash.example.org/ja/embed?countries=JPN~POL&#38;v=7" ' +
        'title="Path: &#34;Japan&#34; &#38; &#60;Poland&#62;" width="100%" height="560" ' +
        'style="border:0;width:100%" loading="lazy"></iframe>\n' +
        '<script async src="https://dash.example.org/embed.js"></script>',
    );
  });
});
