import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "../helpers/browser";
import { api, signIn, createTestDataset } from "../helpers/editor-session";
import { fixture } from "../helpers/parse-fixture";
import { commitInBrowser as commitUpload } from "../helpers/upload-page";

const base = inject("appUrl");
const editor = inject("editors")[0]!;
const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("dialog", (d) => void d.accept());
  await createTestDataset(await signIn(), { slug: "browser-test", name: "Browser test" });
});

async function uploadInBrowser(file: string, label: string, mode?: "replace") {
  await page.goto(`${base}/upload`);
  await page.waitForLoadState("networkidle");
  await page.selectOption("#dataset", "browser-test");
  await page.setInputFiles('input[type="file"]', fixture(file));
  await page.locator("#preview-title").waitFor();
  // the choice is offered once the dataset has a current edition to update or replace
  const replace = page.getByLabel(/the whole new edition/);
  if (mode === "replace" && (await replace.count())) await replace.check();
  await page.fill("#label", label);
  await page.getByRole("button", { name: "Upload and review" }).click();
  await page.locator("#review-title").waitFor();
}

const commitInBrowser = () => commitUpload(page);

/** The path chart's description, written from the data it draws. */
async function pathDescription() {
  await page.goto(`${base}/?dataset=browser-test&countries=JPN~POL&from=2022&to=2024`);
  await page.locator("svg.path-chart:visible g.series path").first().waitFor();
  return page.locator("#chart-description").innerText();
}

/** Japan 2023 as the dashboard's table view shows it for the browser-test dataset. */
async function japan2023(query = "") {
  await page.goto(`${base}/?dataset=browser-test&countries=JPN&from=2022&to=2024&view=table${query}`);
  return page.locator("table").nth(1).locator("tbody tr", { hasText: "Japan" }).locator("td").nth(1).innerText();
}

describe("upload, review, commit, roll back — in Chromium", () => {
  it("sends a visitor to sign in, and signs an editor in", async () => {
    await page.goto(`${base}/upload`);
    await page.waitForURL(/\/login\?next=%2Fupload|\/login\?next=\/upload/);
    await page.fill("#username", editor.user);
    await page.fill("#password", editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/upload`);
    await page.getByText(`Signed in as ${editor.user}`).waitFor();
    // the header asks who is signed in from the browser (pages are the same for every reader)
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.getByRole("link", { name: "Sign in" }).count()).toBe(0);
  });

  it.each([
    ["long.csv", "long", "5 figures"],
    ["wide-nato.csv", "wide", "15 figures"],
    ["world-bank.csv", "wide", "8 figures"],
    ["owid.csv", "owid", "4 figures"],
    ["semicolon-decimal-comma-cp1252.csv", "long", "3 figures"],
    ["utf16le-bom.csv", "long", "2 figures"],
    ["tab.tsv", "long", "2 figures"],
  ])("previews, reviews and commits %s", async (file, format, figures) => {
    await uploadInBrowser(file, `format ${file}`, "replace");
    const summary = await page.locator("#review-title + p").innerText();
    expect(summary).toContain(`${format} format`);
    expect(summary).toContain(figures);
    expect(await page.locator("#diff-title").innerText()).toMatch(
      /\d+ added · \d+ removed · \d+ changed( \(\d+ revised, \d+ status only, \d+ finer digits only\))? · \d+ unchanged/,
    );
    await commitInBrowser();
  });

  it("shows the errors of a bad file with line and column, and offers no commit", async () => {
    await uploadInBrowser("invalid-rows.csv", "bad file");
    expect(await page.getByRole("alert").first().innerText()).toContain("5 errors");
    expect(await page.locator("table").last().innerText()).toContain("Narnia");
    expect(await page.getByRole("button", { name: "Commit as the current edition" }).count()).toBe(0);
  });

  it("commits a revision, the chart changes; rolls back, it returns; a pinned link keeps the old numbers", async () => {
    await uploadInBrowser("long.csv", "v1", "replace");
    const v1 = await commitInBrowser();
    expect(await japan2023()).toBe("1.14");
    const before = await pathDescription();
    await uploadInBrowser("long-revised.csv", "v2", "replace");
    expect(await page.getByRole("table", { name: "Largest revisions first" }).innerText()).toMatch(
      /JPN\s+2023\s+changed\s+1\.14\s+1\.19\s+\+0\.05/,
    );
    const v2 = await commitInBrowser();
    expect(v2).toBeGreaterThan(v1);
    expect(await japan2023()).toBe("1.19");
    expect(before).toContain("to 1.14% in 2023");
    expect(await pathDescription()).toContain("to 1.19% in 2023");
    await page.goto(`${base}/history/browser-test`);
    await page
      .locator("tr", { hasText: `${v1}` })
      .filter({ hasText: "v1" })
      .getByRole("button", { name: "Make current" })
      .click();
    await page
      .locator("tr", { hasText: "v1" })
      .locator(".badge", { hasText: /^current$/ })
      .waitFor();
    expect(await japan2023()).toBe("1.14");
    // make v2 current again, then open a link pinned to v1
    await api(`/api/editions/${v2}/current`, { method: "POST", cookie: await signIn() });
    expect(await japan2023()).toBe("1.19");
    expect(await japan2023(`&v=${v1}`)).toBe("1.14");
    expect(await page.locator(".banner").innerText()).toContain("pinned to edition “v1”");
  });

  it("shows HTML in notes and sources as text, never as markup", async () => {
    await uploadInBrowser("html-injection.csv", "html");
    await commitInBrowser();
    await page.goto(`${base}/?dataset=browser-test&countries=JPN&from=2022&to=2024&view=table`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const title = await page.locator("td[title*='script']").first().getAttribute("title");
    expect(title).toContain("<script>window.__pwned=2</script>");
  });
});
