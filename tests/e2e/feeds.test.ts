import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { api, editionIdOf, signIn, createTestDataset } from "../helpers/editor-session";
import { fixture } from "../helpers/parse-fixture";

// The Atom feeds against the running server: validated against RFC 4287's RELAX NG schema (libxml2 compiled to
// WebAssembly), an entry for every edition made current and every rollback, with the release note the history page
// shows too. A dataset of its own, so that no other test's data moves.
const base = inject("appUrl");
const schema = readFile(path.join(import.meta.dirname, "..", "fixtures", "atom", "rfc4287.rng"), "utf8");

async function validAtom(xml: string) {
  const result = await validateXML({
    xml: [{ fileName: "feed.xml", contents: xml }],
    schema: [{ fileName: "atom.rng", contents: await schema }],
    extension: "relaxng",
  });
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
  // the schema's Schematron rules, which RELAX NG does not run: an author for the feed, a link or content per entry
  expect(xml).toMatch(/<feed[^>]*>[\s\S]*?<author><name>[^<]+<\/name>/);
}
const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
const titleOf = (entry: string) => unescape(/<title>([^<]*)<\/title>/.exec(entry)![1]!);

let v1: number;
let v2: number;
beforeAll(async () => {
  const cookie = await signIn();
  await createTestDataset(cookie, { slug: "feed-test", name: "Feed test" });
  const load = async (file: string, label: string) => {
    const staged = await api(
      `/api/uploads?dataset=feed-test&label=${encodeURIComponent(label)}&fileName=${file}&mode=replace`,
      {
        method: "POST",
        cookie,
        body: await readFile(fixture(file)),
        headers: { "content-type": "text/csv" },
      },
    );
    const id = editionIdOf(staged);
    const commit = await api(`/api/editions/${id}/commit`, {
      method: "POST",
      cookie,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ confirmRemovals: (staged.body as { diff?: { removed: number } }).diff?.removed ?? 0 }),
    });
    expect(commit.status, JSON.stringify(commit.body)).toBe(200);
    return id;
  };
  v1 = await load("long.csv", "Spring <release> & co");
  v2 = await load("long-revised.csv", "Autumn");
  const rollback = await api(`/api/editions/${v1}/current`, { method: "POST", cookie });
  expect(rollback.status).toBe(200);
});

describe("Atom feeds", () => {
  it("/feed/<dataset>.xml is valid Atom with an entry per edition made current and per rollback", async () => {
    const response = await fetch(`${base}/feed/feed-test.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    await validAtom(xml);
    const [rollback, autumn, spring] = entries(xml);
    expect(entries(xml)).toHaveLength(3);
    expect(titleOf(rollback!)).toBe("Feed test: edition “Spring <release> & co” made current again");
    expect(titleOf(autumn!)).toBe("Feed test: edition “Autumn” published");
    expect(titleOf(spring!)).toBe("Feed test: edition “Spring <release> & co” published");
    const note = unescape(/<content type="html">([\s\S]*?)<\/content>/.exec(autumn!)![1]!);
    expect(note).toContain(
      "Against “Spring &lt;release&gt; &amp; co”: 1 figure added, 1 revised, 1 removed, 2 unchanged.",
    );
    expect(note).toContain("1 figure changed status only");
    expect(note).toContain("<li>Japan 2023: 1.14% → 1.19% (+0.05 points)</li>");
    expect(note).toContain("The publisher's release date is not recorded.");
    expect(spring).toContain(`edition=${v1}&amp;format=csv`);
    expect(autumn).toContain(`${base}/history/feed-test?a=${v1}&amp;b=${v2}`);
    expect(unescape(/<content type="html">([\s\S]*?)<\/content>/.exec(spring!)![1]!)).toContain(
      "The dataset's first edition: 5 figures.",
    );
  });

  it("/feed.xml holds every dataset's entries, newest first, and answers 304 to its ETag", async () => {
    const response = await fetch(`${base}/feed.xml`);
    const xml = await response.text();
    await validAtom(xml);
    const titles = entries(xml).map(titleOf);
    expect(titles[0]).toBe("Feed test: edition “Spring <release> & co” made current again");
    expect(titles).toContain("SIPRI military expenditure: edition “April 2025” published");
    const updated = entries(xml).map((e) => /<updated>([^<]+)<\/updated>/.exec(e)![1]!);
    expect([...updated].sort().reverse()).toEqual(updated);
    const again = await fetch(`${base}/feed.xml`, { headers: { "if-none-match": response.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("is written in Arabic and Japanese on request, and refuses other parameters by name", async () => {
    for (const lang of ["ar", "ja"]) {
      const xml = await (await fetch(`${base}/feed/feed-test.xml?lang=${lang}`)).text();
      await validAtom(xml);
      expect(xml).toContain(`xml:lang="${lang}"`);
    }
    const bad = await fetch(`${base}/feed.xml?lang=fr`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { invalidParams: { name: string }[] }).invalidParams).toEqual([
      { name: "lang", reason: "en, ar or ja" },
    ]);
    expect((await fetch(`${base}/feed/no-such-dataset.xml`)).status).toBe(404);
  });

  it("the history page shows the same notes and links its feed; every page links the site's feed", async () => {
    const history = await (await fetch(`${base}/history/feed-test`)).text();
    expect(history).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" (title="[^"]+" )?href="\/feed\/feed-test\.xml"/,
    );
    expect(history).toContain("Feed test: edition “Autumn” published");
    expect(history).toContain("1 figure added, 1 revised, 1 removed, 2 unchanged.");
    expect(history).toContain("Japan 2023: 1.14% → 1.19% (+0.05 points)");
    for (const page of ["/", "/ja", "/sources", "/api"]) {
      const html = await (await fetch(`${base}${page}`)).text();
      expect(html, page).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feed\.xml(\?lang=ja)?"/);
    }
  });
});
