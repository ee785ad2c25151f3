import { readFile } from "node:fs/promises";
import pg from "pg";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser";
import { api, editionIdOf, signIn, signInInBrowser, createTestDataset } from "../helpers/editor-session";
import { mismatches, PUBLISHER_CASES } from "../helpers/publisher-cases";
import { publisherFile, shippedFigures } from "../helpers/shipped-figures";
import { snapshot } from "../helpers/test-database";
import { commitInBrowser } from "../helpers/upload-page";

// Publisher-shaped files (tests/fixtures/publishers) through the upload API and the upload page, against the
// running app: the same parser as the CLI, the same refusals, the same figures.
const base = inject("appUrl");
const pool = new pg.Pool({ connectionString: inject("appDatabaseUrl") });
const sipri = shippedFigures("sipri.csv");
let cookie: string;
const browser = useBrowser();
let page: Page;

const upload = async (dataset: string, file: string, query = "") =>
  api(`/api/uploads?dataset=${dataset}&label=${encodeURIComponent(`${file} ${query}`)}&fileName=${file}${query}`, {
    method: "POST",
    cookie,
    body: await readFile(publisherFile(file)),
    headers: { "content-type": "application/octet-stream" },
  });
const commit = (id: number, confirmRemovals?: number) =>
  api(`/api/editions/${id}/commit`, {
    method: "POST",
    cookie,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ confirmRemovals }),
  });

async function currentFigures(slug: string): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ key: string; value: string }>(
    `SELECT o.country_iso3 || ' ' || o.year AS key, o.value::text AS value FROM observations o JOIN datasets d ON d.current_edition_id = o.edition_id WHERE d.slug = $1`,
    [slug],
  );
  return new Map(rows.map((r) => [r.key, Number(r.value)]));
}

beforeAll(async () => {
  cookie = await signIn();
  await createTestDataset(cookie, { slug: "api-publishers", definition: "SIPRI" });
  await createTestDataset(cookie, { slug: "page-publishers", definition: "SIPRI" });
  await createTestDataset(cookie, { slug: "api-cases", definition: "SIPRI" });
  await createTestDataset(cookie, { slug: "page-cases", definition: "SIPRI" });
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInInBrowser(page);
});
afterAll(async () => {
  await pool.end();
});

describe("upload API with publisher files", () => {
  it("refuses fractions (422) until unit=fraction, then stages the right figures", async () => {
    const before = await snapshot(pool);
    const refused = await upload("api-publishers", "sipri-share-of-gdp.csv");
    expect(refused.status).toBe(422);
    expect((refused.body.errors as { code: string }[]).map((e) => e.code)).toEqual(["fractions"]);
    expect(await snapshot(pool)).toEqual(before);
    const staged = await upload("api-publishers", "sipri-share-of-gdp.csv", "&unit=fraction");
    expect(staged.status).toBe(200);
    expect((await commit(editionIdOf(staged))).status).toBe(200);
    const figures = await currentFigures("api-publishers");
    expect(figures.size).toBe(35);
    for (const [key, value] of figures) expect(value).toBe(Number(sipri.get(key)));
  });

  it("refuses a partial file without a mode (409, naming the count); an update adds; a replace needs the count confirmed", async () => {
    const before = await snapshot(pool);
    const refused = await upload("api-publishers", "update-2025.csv");
    expect(refused).toMatchObject({ status: 409, body: { code: "would_remove", params: { removed: 35, total: 35 } } });
    expect(await snapshot(pool)).toEqual(before);
    const replace = await upload("api-publishers", "update-2025.csv", "&mode=replace");
    expect(replace.body).toMatchObject({ status: "staged", removed: 35, diff: { removed: 35, added: 2 } });
    const unconfirmed = await commit(editionIdOf(replace));
    expect(unconfirmed).toMatchObject({ status: 409, body: { code: "confirm_removals", params: { removed: 35 } } });
    expect((await currentFigures("api-publishers")).size).toBe(35);
    await api(`/api/editions/${editionIdOf(replace)}`, { method: "DELETE", cookie });
    const update = await upload("api-publishers", "update-2025.csv", "&mode=update");
    expect(update.body).toMatchObject({ status: "staged", carried: 35, removed: 0, diff: { added: 2, removed: 0 } });
    expect((await commit(editionIdOf(update))).status).toBe(200);
    const figures = await currentFigures("api-publishers");
    expect([figures.size, figures.get("JPN 2025"), figures.get("DEU 2025"), figures.get("JPN 2024")]).toEqual([
      37, 1.4, 2.27, 1.3714,
    ]);
  });

  it.each([
    ["nan-value.csv", "notAFigure"],
    ["extra-fields.csv", "extraFields"],
    ["no-figures.csv", "noFigures"],
  ])("refuses %s (422, located) and changes nothing", async (file, code) => {
    const before = await snapshot(pool);
    const response = await upload("api-publishers", file, "&mode=update");
    expect(response.status).toBe(422);
    const errors = response.body.errors as { code: string; file: string; line: number }[];
    expect(errors[0]).toMatchObject({ code, file });
    expect(await snapshot(pool)).toEqual(before);
  });

  it.each(PUBLISHER_CASES)("stages and commits $file as the right figures", async ({ file, args, figures, truth }) => {
    const query = `&mode=replace${Object.entries(args)
      .map(([k, v]) => `&${k}=${v}`)
      .join("")}`;
    const staged = await upload("api-cases", file, query);
    expect(staged.body).toMatchObject({ status: "staged", parse: { observations: figures } });
    expect((await commit(editionIdOf(staged), staged.body.removed as number)).status).toBe(200);
    const imported = await currentFigures("api-cases");
    expect(imported.size).toBe(figures);
    expect(mismatches(imported, truth)).toEqual([]);
  });

  it("reads a workbook body: the Share of GDP sheet, percent cells at full precision", async () => {
    const staged = await upload("api-publishers", "sipri-milex.xlsx", "&mode=replace");
    expect(staged.body).toMatchObject({
      status: "staged",
      removed: 2,
      parse: { container: "xlsx", sheet: "Share of GDP", observations: 35 },
    });
    expect(staged.body.diff).toMatchObject({ added: 0, removed: 2, changed: 0, unchanged: 35 });
    await api(`/api/editions/${editionIdOf(staged)}`, { method: "DELETE", cookie });
  });
});

describe("upload page with publisher files, in Chromium", () => {
  async function choose(file: string, dataset = "page-publishers") {
    await page.goto(`${base}/upload`);
    await page.waitForLoadState("networkidle");
    await page.selectOption("#dataset", dataset);
    await page.setInputFiles('input[type="file"]', publisherFile(file));
    await page.locator("#preview-title").waitFor();
    await page.fill("#label", `page ${file} ${Date.now()}`);
  }
  async function review() {
    await page.getByRole("button", { name: "Upload and review" }).click();
    await page.locator("#review-title").waitFor();
    return page.locator("#review-title + p").innerText();
  }
  const commitHere = () => commitInBrowser(page);

  it.each(PUBLISHER_CASES.filter((c) => !c.file.startsWith("sipri-share")))(
    "imports $file to the right figures",
    async ({ file, args, figures, truth }) => {
      await choose(file, "page-cases");
      if (args.unit) await page.getByLabel("Values are").selectOption(args.unit);
      const replace = page.getByLabel(/the whole new edition/);
      if (await replace.count()) await replace.check();
      expect(await review()).toContain(`${figures} figures`);
      await commitHere();
      const imported = await currentFigures("page-cases");
      expect(imported.size).toBe(figures);
      expect(mismatches(imported, truth)).toEqual([]);
    },
  );

  it("SIPRI's sheet as CSV: the preview says the values look like fractions; choosing fractions imports them", async () => {
    await choose("sipri-share-of-gdp.csv");
    await page.getByText(/look like fractions/).waitFor();
    expect(await page.locator("#preview-title ~ .table-wrap th").first().innerText()).toBe("Country");
    await page.getByLabel("Values are").selectOption("fraction");
    expect(await review()).toContain("35 figures");
    expect(await page.locator("#review-title ~ details").innerText()).toMatch(
      /region or group rows were skipped \(Africa, North Africa/,
    );
    await commitHere();
    expect((await currentFigures("page-publishers")).get("JPN 2024")).toBe(1.3714);
  });

  it("a two-row file is an update by default: two figures added, none removed", async () => {
    await choose("update-2025.csv");
    expect(await page.getByLabel(/an update/).isChecked()).toBe(true);
    await review();
    expect(await page.locator("#diff-title").innerText()).toMatch(/2 added · 0 removed/);
    await page.getByText("35 figures of the current edition carried over unchanged.").waitFor();
    await commitHere();
    expect((await currentFigures("page-publishers")).size).toBe(37);
  });

  it("a replacement that removes figures needs the count confirmed before Commit is enabled", async () => {
    const removed = (await currentFigures("page-publishers")).size - 4; // the file repeats 4 of the current figures
    await choose("japanese-shift-jis.csv");
    expect(await page.locator("#preview-title ~ .grid-2").innerText()).toContain("shift_jis");
    await page.getByLabel(/the whole new edition/).check();
    await review();
    const commitButton = page.getByRole("button", { name: "Commit as the current edition" });
    expect(await commitButton.isDisabled()).toBe(true);
    await page.getByLabel(`Yes, remove these ${removed} figures`).check();
    await commitHere();
    expect([...(await currentFigures("page-publishers")).keys()].sort()).toEqual([
      "JPN 2023",
      "JPN 2024",
      "KOR 2023",
      "KOR 2024",
    ]);
  });

  it("a workbook: the sheet is chosen in the preview, and another can be picked", async () => {
    await choose("nato-def-exp.xlsx");
    await page
      .locator("#preview-title ~ .grid-2 select")
      .first()
      .locator("option", { hasText: "chosen: Table 3" })
      .waitFor({ state: "attached" });
    expect(await page.locator("#preview-title ~ .table-wrap tbody").innerText()).toContain("Türkiye (1)");
    await page.getByLabel("Sheet").selectOption("Table 1");
    await page.locator("#preview-title ~ .table-wrap tbody", { hasText: "Poland" }).waitFor();
    await page.getByLabel("Sheet").selectOption("");
    expect(await review()).toContain("XLSX sheet “Table 3”");
    expect(await page.locator("#review-title ~ details").innerText()).toContain(
      "a second table starts there (Annual real change (%))",
    );
  });
});
