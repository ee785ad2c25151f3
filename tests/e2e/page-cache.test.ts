import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn, createTestDataset } from "../helpers/editor-session";
import { IMPORT_ARGS, IMPORT_COMMAND } from "../helpers/import-cli";
import { fixture } from "../helpers/parse-fixture";

// The dashboard home and /embed are served from Next.js's page cache, keyed by the data version (proxy.ts). These
// tests hold it to the one thing that matters: a cached page never shows superseded figures as current.
const base = inject("appUrl");
const DATASET = "cache-test";
const VIEW = `/?dataset=${DATASET}&countries=JPN&from=2022&to=2024&view=table`;
let cookie: string;
const db = new pg.Pool({ connectionString: inject("appDatabaseUrl"), max: 1 });
afterAll(() => db.end());

/**
 * The CLI in its own process, as an analyst runs it: the server hears of the change only through the database. Each
 * file is a whole edition (--mode replace: the revision leaves out one figure).
 */
const importWithCli = (file: string, label: string) =>
  promisify(execFile)(
    IMPORT_COMMAND,
    [...IMPORT_ARGS, fixture(file), "--dataset", DATASET, "--edition", label, "--mode", "replace"],
    {
      env: { ...process.env, DATABASE_URL: inject("appDatabaseUrl") },
    },
  );

async function page(path = VIEW, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** Japan 2023 as the table view's HTML shows it: the by-year table, the column after 2022's. */
function japan2023(html: string) {
  const table = html.slice(html.indexOf('class="by-year"'));
  const row = /<tr[^>]*>(?:(?!<\/tr>).)*?Japan(?:(?!<\/tr>).)*?<\/tr>/s.exec(table)?.[0] ?? "";
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, ""))[1];
}

beforeAll(async () => {
  cookie = await signIn();
  await createTestDataset(cookie, { slug: DATASET, name: "Cache test" });
  await importWithCli("long.csv", "cache v1");
});

describe("the cached dashboard home", () => {
  it("is rendered once per view and then served from the cache, which a CDN may keep only briefly", async () => {
    const first = await page(`${VIEW}&year=2023`);
    const second = await page(`${VIEW}&year=2023`);
    expect(first.status).toBe(200);
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.html).toBe(first.html);
    expect(second.headers.get("cache-control")).toBe("s-maxage=10");
    expect(japan2023(second.html)).toBe("1.14");
  });

  it("shows a new edition imported by another process (the CLI) within seconds, never the old figure after it", async () => {
    expect(japan2023((await page()).html)).toBe("1.14");
    expect((await page()).headers.get("x-nextjs-cache")).toBe("HIT");
    await importWithCli("long-revised.csv", "cache v2");
    const imported = Date.now();
    let seen = (await page()).html;
    while (!seen.includes("cache v2") && Date.now() - imported < 10_000) {
      await new Promise((r) => setTimeout(r, 100));
      seen = (await page()).html;
    }
    expect(seen).toContain("cache v2");
    expect(japan2023(seen)).toBe("1.19");
    // once the new edition is shown, no request gets the old page back
    for (let i = 0; i < 20; i++) expect(japan2023((await page()).html)).toBe("1.19");
  });

  it("shows a change made through this server's own endpoints on the very next request", async () => {
    expect(japan2023((await page()).html)).toBe("1.19");
    const v1 = (await db.query<{ id: number }>(`SELECT id FROM editions WHERE label = 'cache v1'`)).rows[0]!;
    const rollback = await api(`/api/editions/${v1.id}/current`, { method: "POST", cookie });
    expect(rollback.status).toBe(200);
    const after = await page();
    expect(after.html).toContain("cache v1");
    expect(japan2023(after.html)).toBe("1.14");
  });

  it("makes preview images absolute on each host the page is asked for, though the page is cached", async () => {
    const a = await page(VIEW, { "x-forwarded-host": "dashboard.example.org", "x-forwarded-proto": "https" });
    const b = await page(VIEW, { "x-forwarded-host": "mirror.example.net" });
    expect(a.html).toMatch(/<meta property="og:image" content="https:\/\/dashboard\.example\.org\/og\?/);
    expect(b.html).toMatch(/<meta property="og:image" content="http:\/\/mirror\.example\.net\/og\?/);
  });

  it("caches the chart for iframes (/embed) the same way", async () => {
    const path = `/embed?dataset=${DATASET}&countries=JPN&from=2022&to=2024`;
    const first = await page(path);
    const second = await page(path);
    expect(first.status).toBe(200);
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.html).toContain("cache v1");
  });

  it("keeps its internal routes private", async () => {
    for (const path of ["/view/abc", "/en/view/abc", "/ja/view/abc", "/embed/abc", "/en/embed/abc"])
      expect((await page(path)).status).toBe(404);
  });
});
