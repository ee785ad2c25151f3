import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { COMPILER } from "../../lib/dashboard/share/citation";
import { ZCslItem, ZDataset, ZProblem } from "../../lib/public-api/schemas";
import { useBrowser } from "../helpers/browser";
import { editionId } from "../helpers/edition-id";

// Cite, as a reader and as a program use it: the dialog under every view (en, ar, ja), and the API's citation of an
// edition; every citation read back by citation.js's BibTeX, RIS and CSL parsers.
const base = inject("appUrl");
const browser = useBrowser();
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
const read = async (text: string, forceType?: string) =>
  (await Cite.async(text, forceType ? { forceType } : {})).data as (Record<string, unknown> & {
    author: { literal?: string; family?: string }[];
    accessed: { "date-parts": number[][] };
  })[];
const today = () => new Date().toISOString().slice(0, 10).split("-").map(Number);

let sipri: number;
let sipri2025: number;
beforeAll(async () => {
  sipri = await editionId("sipri", "April 2026");
  sipri2025 = await editionId("sipri", "April 2025");
});

async function openCite(page: Page, button: string, title = "Cite these figures") {
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: button }).click();
  // named by its own heading (each dialog's id is its own, whatever the language of its label)
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  return dialog;
}

describe("the Cite dialog", () => {
  it("cites the view pinned to its edition, and the whole edition, in BibTeX, RIS and CSL-JSON", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/?countries=JPN~POL&from=2014&to=2024&view=table&v=${sipri2025}`);
    const dialog = await openCite(page, "Cite");
    expect(await dialog.getByRole("heading").innerText()).toBe("Cite these figures");
    const text = () => dialog.locator("textarea").inputValue();

    const [bib] = await read(await text(), "@biblatex/text");
    expect(bib).toMatchObject({
      type: "dataset",
      author: [{ family: "SIPRI" }],
      editor: [{ family: COMPILER }],
      title: "Table: Japan, Poland 2014–2024",
      "container-title": "SIPRI military expenditure",
      version: "April 2025",
      URL: `${base}/en?countries=JPN~POL&to=2024&view=table&v=${sipri2025}`,
    });
    expect(bib!.accessed["date-parts"][0]).toEqual(today());

    await dialog.getByLabel("RIS").check();
    const [ris] = await read(await text(), "@ris/file");
    expect(ris).toMatchObject({
      author: [{ family: "SIPRI" }],
      producer: [{ literal: COMPILER }],
      version: "April 2025",
    });

    await dialog.getByLabel("CSL-JSON").check();
    await dialog.getByLabel(/^The whole edition/).check();
    const [csl] = await read(await text());
    expect(csl).toMatchObject({
      author: [{ literal: "SIPRI" }],
      compiler: [{ literal: COMPILER }],
      title: "SIPRI military expenditure",
      URL: `${base}/en?dataset=sipri&v=${sipri2025}`,
    });
    expect(csl!.accessed["date-parts"][0]).toEqual(today());
    // the URL cited opens the same edition
    const cited = await browser.newPage();
    await cited.goto(String(csl!.URL));
    expect(await cited.locator("h1").first().innerText()).toBeTruthy();
    expect(await cited.content()).toContain("April 2025");
    await cited.close();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download CSL-JSON" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`sipri-edition-${sipri2025}.json`);
    await page.close();
  });

  it.each([
    ["ar", "استشهاد", "الاستشهاد بهذه الأرقام", "rtl", "أبريل 2026"],
    ["ja", "引用", "この数値を引用", "ltr", "2026年4月"],
  ])(
    "in %s: labelled in the language, the citation still names the publisher first",
    async (lang, button, title, dir, editionName) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${base}/${lang}?countries=JPN&view=ranking`);
      const dialog = await openCite(page, button, title);
      expect(await page.locator("html").getAttribute("dir")).toBe(dir);
      const [bib] = await read(await dialog.locator("textarea").inputValue(), "@biblatex/text");
      expect(bib!.author).toEqual([{ family: "SIPRI" }]);
      // the dialog names the edition as the page does; the citation keeps the publisher's label
      expect(await dialog.locator("fieldset").first().innerText()).toContain(editionName);
      expect(bib!.version).toBe("April 2026");
      expect(bib!.URL).toBe(`${base}/${lang}?countries=JPN&view=ranking&v=${sipri}`);
      // the dialog fits a phone's width
      const box = await dialog.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.close();
    },
  );
});

describe("GET /api/v1/datasets/{slug}/citation", () => {
  it("gives CSL-JSON of the current edition, the publisher first, with its exact URL", async () => {
    const response = await get("/api/v1/datasets/nato-core/citation?accessed=2026-12-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const nato = ZDataset.parse(await (await get("/api/v1/datasets/nato-core")).json());
    const [item] = ZCslItem.array()
      .length(1)
      .parse(await response.json());
    expect(item).toMatchObject({
      author: [{ literal: "NATO" }],
      compiler: [{ literal: COMPILER }],
      version: "July 2026",
      accessed: { "date-parts": [[2026, 12, 1]] },
      URL: `${base}/?dataset=nato-core&v=${nato.currentEdition}`,
    });
    expect(response.headers.get("content-location")).toBe(
      `${base}/api/v1/datasets/nato-core/citation?edition=${nato.currentEdition}&accessed=2026-12-01`,
    );
  });

  it("gives BibTeX and RIS that citation.js reads, for an older edition; today is the day of access by default", async () => {
    const bib = await get(`/api/v1/datasets/sipri/citation?format=bibtex&edition=${sipri2025}`);
    expect(bib.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
    const [fromBib] = await read(await bib.text(), "@biblatex/text");
    expect(fromBib).toMatchObject({ author: [{ family: "SIPRI" }], version: "April 2025" });
    expect(fromBib!.accessed["date-parts"][0]).toEqual(today());
    const ris = await get(`/api/v1/datasets/japan-mod-budget/citation?format=ris&accessed=2026-01-31`);
    expect(ris.headers.get("content-disposition")).toMatch(/^inline; filename="japan-mod-budget-edition-\d+\.ris"$/);
    const [fromRis] = await read(await ris.text(), "@ris/file");
    expect(fromRis!.author).toEqual([{ literal: "Japan Ministry of Defense; press reports (Asahi; Jiji)" }]);
    expect(fromRis!.publisher).toBe("Japan Ministry of Defense; press reports (Asahi, Jiji)");
  });

  it("answers 304 to its ETag, and is never immutable (an editor may correct the publisher's name)", async () => {
    const path = `/api/v1/datasets/sipri/citation?edition=${sipri}&accessed=2026-12-01&format=ris`;
    const first = await get(path);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=10");
    const again = await get(path, { "if-none-match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("names the bad parameter in a problem+json 400, and answers 404 for what does not exist", async () => {
    for (const [query, name] of [
      ["format=endnote", "format"],
      ["accessed=2026-02-30", "accessed"],
      ["edition=abc", "edition"],
      ["style=apa", "style"],
      ["format=ris&format=bibtex", "format"],
    ]) {
      const response = await get(`/api/v1/datasets/sipri/citation?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = ZProblem.parse(await response.json());
      expect(
        problem.invalidParams?.map((p) => p.name),
        query,
      ).toEqual([name]);
    }
    const nato = ZDataset.parse(await (await get("/api/v1/datasets/nato")).json());
    const other = await get(`/api/v1/datasets/sipri/citation?edition=${nato.editions[0]!.id}`);
    expect(ZProblem.parse(await other.json())).toMatchObject({
      status: 404,
      type: `${base}/api#problem-unknown-edition`,
    });
    expect((await get("/api/v1/datasets/nope/citation")).status).toBe(404);
    const post = await fetch(`${base}/api/v1/datasets/sipri/citation`, { method: "POST", headers: { origin: base } });
    expect(post.status).toBe(405);
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });
});
