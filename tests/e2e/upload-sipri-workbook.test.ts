import { createReadStream } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseObservations } from "../../lib/csv/parse";
import { useBrowser } from "../helpers/browser";
import { createTestDataset, signIn, signInInBrowser } from "../helpers/editor-session";
import { hasSharedDatasets, SIPRI_WORKBOOK } from "../helpers/shared-datasets";
import { commitInBrowser } from "../helpers/upload-page";

// The publishers' own files through the upload page in Chromium: the same edition as `npm run import` makes.
const base = inject("appUrl");
const pool = new pg.Pool({ connectionString: inject("appDatabaseUrl") });
const browser = useBrowser();
let page: Page;

async function figuresOf(editionId: number): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ key: string; value: string; status: string }>(
    `SELECT country_iso3 || ' ' || year AS key, value::text AS value, status FROM observations WHERE edition_id = $1`,
    [editionId],
  );
  return new Map(rows.map((r) => [r.key, `${Number(r.value).toFixed(6)} ${r.status}`]));
}

async function choose(file: string, dataset: string) {
  await page.goto(`${base}/upload`);
  await page.waitForLoadState("networkidle");
  await page.selectOption("#dataset", dataset);
  await page.setInputFiles('input[type="file"]', file);
  await page.locator("#preview-title").waitFor();
  await page.fill("#label", `page ${path.basename(file)} ${Date.now()}`);
}

beforeAll(async () => {
  const cookie = await signIn();
  await createTestDataset(cookie, { slug: "page-sipri", publisher: "SIPRI", definition: "SIPRI" });
  await createTestDataset(cookie, { slug: "page-unknown", publisher: "SIPRI", definition: "SIPRI" });
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInInBrowser(page);
});
afterAll(async () => {
  await pool.end();
});

describe("the upload page with the publishers' own files, in Chromium", () => {
  it.skipIf(!hasSharedDatasets)(
    "SIPRI's April 2026 workbook gives the edition the importer reads from it",
    async () => {
      await choose(SIPRI_WORKBOOK, "page-sipri");
      await page
        .locator("#preview-title ~ .grid-2 option", { hasText: "chosen: Share of GDP" })
        .waitFor({ state: "attached" });
      await page.getByRole("button", { name: "Upload and review" }).click();
      await page.locator("#review-title").waitFor();
      expect(await page.locator("#review-title + p").innerText()).toContain("8541 figures");
      const editionId = await commitInBrowser(page);
      const expected = new Map<string, string>();
      await parseObservations("sipri.xlsx", createReadStream(SIPRI_WORKBOOK), (batch) => {
        for (const o of batch) expected.set(`${o.country} ${o.year}`, `${Number(o.value).toFixed(6)} ${o.status}`);
      });
      const imported = await figuresOf(editionId);
      expect(imported.size).toBe(8541);
      expect([...expected].filter(([k, v]) => imported.get(k) !== v)).toEqual([]);
      expect(imported.get("JPN 2024")).toBe("1.294629 actual");
      expect(imported.get("COG 2025")).toBe("1.309272 actual");
      expect(imported.get("COD 2025")).toBe("1.375145 actual");
    },
  );

  it("lists every unknown name at once; the file is refused unless the editor leaves those rows out", async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "dsd-unknown-")), "unknown.csv");
    await writeFile(
      file,
      "country,year,value\nJapan,2025,1.41\nAtlantis,2025,3.1\nLemuria,2025,1.0\nAtlantis,2024,3.0\n",
    );
    await choose(file, "page-unknown");
    const box = page.locator("fieldset.unknown-rows");
    await box.waitFor();
    expect(await box.locator("legend").innerText()).toMatch(/^3 rows name countries this dashboard does not recognise/);
    expect(await box.locator("li").allInnerTexts()).toEqual(["Atlantis · line 3, 2 rows", "Lemuria · line 4"]);
    await page.getByRole("button", { name: "Upload and review" }).click();
    await page.locator("#review-title").waitFor();
    expect(await page.getByRole("button", { name: "Commit as the current edition" }).count()).toBe(0);
    await page.getByLabel("Leave out these 3 rows; the edition's note will say so").check();
    await page.getByRole("button", { name: "Upload and review" }).click();
    await page.getByRole("button", { name: "Commit as the current edition" }).waitFor();
    const editionId = await commitInBrowser(page);
    expect([...(await figuresOf(editionId)).keys()]).toEqual(["JPN 2025"]);
    const { rows } = await pool.query<{ note: string }>(`SELECT note FROM editions WHERE id = $1`, [editionId]);
    expect(rows[0]!.note).toBe(
      "Left out at import, as the editor chose: 3 rows of unknown.csv whose country was not recognised: Atlantis (line 3, 2 rows), Lemuria (line 4).",
    );
  });
});
