import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { HEIGHT_MESSAGE_TYPE } from "../../lib/dashboard/share/embed";
import { useBrowser } from "../helpers/browser";
import { editionId } from "../helpers/edition-id";

// The embed as another site uses it: the snippet the Share / embed dialog gives, pasted into a page served from a
// second local HTTP server (another origin: another host name and port), in Chromium. The iframe must take its
// content's height, follow it when the content changes, and ignore height messages from anywhere else.
const base = inject("appUrl");
const browser = useBrowser();

/** The other site: serves whatever page the test sets, on localhost (the app is on 127.0.0.1). */
let hostPage = "";
const host = http.createServer((req, res) => {
  res.setHeader("content-type", "text/html; charset=utf-8");
  // /forger: a frame of the other site's own, which will post height messages as if it were the dashboard
  res.end(req.url === "/forger" ? "<!doctype html><title>forger</title><p>forger</p>" : hostPage);
});
let hostUrl: string;
let sipri: number;

beforeAll(async () => {
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  sipri = await editionId("sipri", "April 2026");
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** A page of the other site around `snippet`, inside a box `width` pixels wide. */
const around = (snippet: string, width = 900) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Elsewhere</title></head><body style="margin:0">` +
  `<h1>A newsroom's article</h1><div id="box" style="width:${width}px">${snippet}</div><p>After the chart.</p>` +
  `</body></html>`;

/** The iframe's height on the host page, and its content's height inside it. */
async function heights(page: Page, frame: Frame) {
  const outer = await page
    .locator("iframe")
    .first()
    .evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer, inner };
}

/** Waits until the iframe is as tall as its content (to the pixel it rounds up to); the script sized it. */
async function fitted(page: Page): Promise<{ frame: Frame; height: number }> {
  const frame = (await (await page.locator("iframe").first().elementHandle()).contentFrame())!;
  await frame.locator("main.embed h1").waitFor();
  await expect
    .poll(
      async () => {
        const { outer, inner } = await heights(page, frame);
        return outer - Math.ceil(inner);
      },
      { timeout: 20_000 },
    )
    .toBe(0);
  return { frame, height: (await heights(page, frame)).outer };
}

async function snippetFromDialog(query: string, pinned: boolean): Promise<{ link: string; snippet: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/${query}`);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Share / embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Share or embed this view" });
  await dialog.waitFor();
  if (!pinned) await dialog.getByLabel("Live: follows each new edition").check();
  const link = await dialog.getByLabel("Link").inputValue();
  const snippet = await dialog.getByLabel("Embed code (HTML)").inputValue();
  await page.close();
  return { link, snippet };
}

describe("Share / embed", () => {
  it("gives the pinned and the live link and iframe of the view shown", async () => {
    const query = "?countries=JPN~POL~DEU&view=ranking";
    const pinned = await snippetFromDialog(query, true);
    expect(pinned.link).toBe(`${base}/en?countries=JPN~POL~DEU&view=ranking&v=${sipri}`);
    expect(pinned.snippet).toContain(`src="${base}/embed?countries=JPN~POL~DEU&#38;view=ranking&#38;v=${sipri}"`);
    expect(pinned.snippet).toContain(`<script async src="${base}/embed.js"></script>`);
    const live = await snippetFromDialog(query, false);
    expect(live.link).toBe(`${base}/en?countries=JPN~POL~DEU&view=ranking`);
    expect(live.snippet).not.toContain("v=");
  });

  it.each([
    ["path", "svg.path-chart"],
    ["ranking", "svg.ranking-chart"],
    ["table", "table"],
    ["definitions", "svg.definitions-chart"],
    ["outlook", ".outlook svg"],
  ])("embeds the %s view on another origin, the iframe as tall as its content", async (view, drawn) => {
    const { snippet } = await snippetFromDialog(`?countries=JPN~POL~DEU&view=${view}`, true);
    hostPage = around(snippet);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const refused: string[] = [];
    page.on("console", (m) => m.type() === "error" && refused.push(m.text()));
    await page.goto(hostUrl);
    const { frame, height } = await fitted(page);
    expect(new URL(frame.url()).origin).toBe(base);
    expect(new URL(page.url()).origin).not.toBe(base);
    expect(await frame.locator(`${drawn}:visible`).count()).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(300); // not the snippet's 560 px guess, nor the browser's 150 px default
    expect(height).not.toBe(560);
    expect(refused.filter((e) => /frame-ancestors|Refused to/.test(e))).toEqual([]);
    await page.close();
  });

  it("follows its content when it changes (a phone-wide column), and ignores messages from elsewhere", async () => {
    const { snippet } = await snippetFromDialog("?countries=JPN~POL~DEU~USA~GBR~KOR&view=table", true);
    hostPage = around(`${snippet}<iframe id="forger" src="/forger" height="100"></iframe>`);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(hostUrl);
    const wide = await fitted(page);
    // narrower: the table's rows wrap, so the content grows, and the iframe with it
    await page.locator("#box").evaluate((box) => (box.style.width = "340px"));
    const narrow = await fitted(page);
    expect(narrow.height).toBeGreaterThan(wide.height);

    // forged heights: from the host page itself (its own origin), and from the dashboard's origin in bad shapes;
    // each is seen by a listener added after embed.js's, so by then embed.js has had (and ignored) it
    const seen = (marker: string) =>
      page.evaluate(
        (m) =>
          new Promise<void>((resolve) =>
            window.addEventListener("message", function on(e) {
              if ((e.data as { marker?: string } | null)?.marker === m) {
                window.removeEventListener("message", on);
                resolve();
              }
            }),
          ),
        marker,
      );
    const fromHost = seen("host");
    await page.evaluate((type) => window.postMessage({ type, height: 77, marker: "host" }, "*"), HEIGHT_MESSAGE_TYPE);
    await fromHost;
    const fromFrame = seen("frame");
    await narrow.frame.evaluate((type) => {
      for (const height of [1e9, -5, "90", Number.NaN]) parent.postMessage({ type, height }, "*");
      parent.postMessage({ type: "other", height: 66 }, "*");
      parent.postMessage({ marker: "frame" }, "*");
    }, HEIGHT_MESSAGE_TYPE);
    await fromFrame;
    // a well-formed message from a frame of another origin (the host's own): its iframe is not resized
    const fromForger = seen("forger");
    await page.frame({ url: /\/forger$/ })!.evaluate((type) => {
      parent.postMessage({ type, height: 77 }, "*");
      parent.postMessage({ marker: "forger" }, "*");
    }, HEIGHT_MESSAGE_TYPE);
    await fromForger;
    expect(await page.locator("#forger").evaluate((f: HTMLIFrameElement) => f.style.height)).toBe("");
    expect((await heights(page, narrow.frame)).outer).toBe(narrow.height);
    await page.close();
  });

  it("is framable from any site, and the host script is a cacheable script", async () => {
    const embed = await fetch(`${base}/ja/embed?view=outlook`);
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(embed.headers.get("x-frame-options")).toBeNull();
    const script = await fetch(`${base}/embed.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await script.text()).toContain(JSON.stringify(HEIGHT_MESSAGE_TYPE));
  });
});
