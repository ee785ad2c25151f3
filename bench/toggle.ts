// Toggle to redraw: in Chromium with 150 ms of network latency, load the dashboard home, tick a country checkbox in
// the controls and time from the click to the first frame painted after the chart shows the change. The signal is
// the DOM only (the chart's key and its drawing), never a navigation or a request, so it measures the same thing
// whether a toggle goes to the server (router.push) or is drawn on the client (history.pushState). The outlook's rows:
// from the path view to `?view=outlook` (its tab), then a scenario's GDP growth changed and applied, three times.
// Standalone against a running server: `node --import tsx bench/toggle.ts http://127.0.0.1:3000 [toggles]`.
import os from "node:os";
import type { Browser, Page } from "playwright-core";
import { VIEWS } from "../lib/dashboard/state/url-state";
import { launchChromium } from "../tests/helpers/browser";

/** add France, remove it, add Italy, remove it, add Canada: none of them is in the default view */
const COUNTRIES = ["France", "Italy", "Canada"];
/** the chart counts as redrawn once nothing in #chart has changed for this long (the time of the last change is kept) */
const QUIET_MS = 1000;

export interface ToggleSample {
  country: string;
  action: "add" | "remove";
  ms: number;
}
export interface OutlookSample {
  /** "outlook": the view's tab clicked on the path view; "gdp 3.4": that GDP growth applied in the scenario */
  change: string;
  ms: number;
}
export interface OutlookRun {
  /** the switch to the outlook view, then each scenario change, in order (the first of them is the first after load) */
  samples: OutlookSample[];
  loadavg: [number, number];
}
/** GDP growth rates applied in turn; none is a shipped scenario's default, each differs from the one before */
const GDP_RATES = ["3.4", "0.6", "5.2"];
export interface ToggleRun {
  samples: ToggleSample[];
  median: number;
  /** 1-minute load average when the run started and ended */
  loadavg: [number, number];
}

export async function toggleToRedraw(base: string, toggles = 5): Promise<ToggleRun> {
  const load0 = os.loadavg()[0]!;
  const browser = await launchChromium();
  try {
    const { page, inFlight } = await slowPage(browser);
    await page.goto(`${base}/`, { waitUntil: "networkidle" });
    await page.locator("#chart ul.chart-key li:visible").first().waitFor({ timeout: 60_000 });
    await page.locator("#chart svg:visible").first().waitFor();
    // open on desktop widths already; opening it does no harm and makes narrow viewports work too
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>("details.controls-disclosure").forEach((d) => (d.open = true)),
    );

    const samples: ToggleSample[] = [];
    for (let i = 0; i < toggles; i++) {
      await settle(page, inFlight);
      const country = COUNTRIES[Math.floor(i / 2) % COUNTRIES.length]!;
      const action = i % 2 === 0 ? "add" : "remove";
      const box = page.locator("details.controls-disclosure").getByRole("checkbox", { name: country, exact: true });
      if ((await box.isChecked()) !== (action === "remove"))
        throw new Error(`${country} is ${action === "add" ? "already" : "not"} shown`);
      const ms = await timeRedraw(page, { name: country, present: action === "add", svg: "svg" }, () => box.click());
      samples.push({ country, action, ms });
    }
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    return { samples, median: sorted[Math.floor(sorted.length / 2)]!, loadavg: [load0, os.loadavg()[0]!] };
  } finally {
    await browser.close();
  }
}

/** The outlook's rows: each in a freshly loaded page, as a reader arriving by a link would meet it. */
export async function outlookToRedraw(base: string): Promise<OutlookRun> {
  const load0 = os.loadavg()[0]!;
  const browser = await launchChromium();
  try {
    const samples: OutlookSample[] = [];
    {
      const { page, inFlight } = await slowPage(browser);
      await page.goto(`${base}/`, { waitUntil: "networkidle" });
      await settle(page, inFlight);
      const tab = page.locator("nav.tabs a").nth(VIEW_TAB_OUTLOOK);
      const ms = await timeRedraw(page, { name: null, present: true, svg: "svg.outlook-chart" }, () => tab.click());
      samples.push({ change: "outlook", ms });
      await page.close();
    }
    const { page, inFlight } = await slowPage(browser);
    await page.goto(`${base}/?view=outlook`, { waitUntil: "networkidle" });
    await page.locator("#chart svg.outlook-chart:visible").first().waitFor({ timeout: 60_000 });
    for (const rate of GDP_RATES) {
      await settle(page, inFlight);
      await page.locator('.scenario-form input[name="gdp"]').fill(rate);
      const apply = page.locator('.scenario-form button[type="submit"]');
      const ms = await timeRedraw(page, { name: null, present: true, svg: "svg.outlook-chart" }, () => apply.click());
      samples.push({ change: `gdp ${rate}`, ms });
    }
    return { samples, loadavg: [load0, os.loadavg()[0]!] };
  } finally {
    await browser.close();
  }
}

/** the outlook's tab among the view tabs (lib/dashboard/state/url-state.ts, VIEWS) */
const VIEW_TAB_OUTLOOK = VIEWS.indexOf("outlook");

/** A page whose every response's headers arrive 150 ms or more after its request; 12 Mbit/s down, 6 up. */
async function slowPage(browser: Browser): Promise<{ page: Page; inFlight: () => number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // tsx (esbuild, keepNames) wraps named functions in `__name(…)`, which the page lacks when `arm` runs there
  await page.addInitScript({ content: "globalThis.__name = (f) => f;" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: 1.5e6, // bytes per second
    uploadThroughput: 0.75e6,
  });
  return { page, inFlight: trackRequests(page) };
}

/** Milliseconds from the click `act` makes to the chart drawn as `expected` (see `arm`). */
async function timeRedraw(page: Page, expected: Expected, act: () => Promise<void>): Promise<number> {
  await page.evaluate(arm, { ...expected, quietMs: QUIET_MS });
  await act();
  return Math.round(await page.evaluate(() => (window as unknown as { __toggle: Promise<number> }).__toggle));
}

/** What the chart shows once redrawn: a key that lists `name` or no longer does (`present`; null: any key), and a
 * drawing matching the selector `svg`. */
interface Expected {
  name: string | null;
  present: boolean;
  svg: string;
}

/**
 * Runs in the page before the click. At the click (a capturing listener, so before the app's own handler) it notes
 * the time and the chart's drawing; a MutationObserver then watches #chart (or its replacement) until the chart has a
 * key (`ul.chart-key`) that lists the country or no longer does, as asked, AND a drawing (its SVG, matching `svg`)
 * that differs from the one at the click. Each change that leaves the chart in that state is followed by two animation frames (the
 * frame with the change has been painted); the answer is the time of the last such paint once #chart has been quiet
 * for `quietMs`, so a chart drawn in several passes counts when its last pass is on screen.
 */
function arm({ name, present, svg, quietMs }: Expected & { quietMs: number }): void {
  // #chart itself may be replaced (a server navigation can remount the page), so it is looked up on every change
  const chart = () => document.getElementById("chart");
  const norm = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
  const keyHas = () =>
    name === null
      ? present
      : [...(chart()?.querySelectorAll("ul.chart-key li:not(.note)") ?? [])].some(
          (li) => norm(li.textContent) === name,
        );
  const drawn = () => !!chart()?.querySelector("ul.chart-key") && !!chart()?.querySelector(svg); // not a placeholder
  // the drawing: every SVG in #chart, and the attributes of its wrappers (a series may be shown by a class up there)
  const drawing = () =>
    [...(chart()?.querySelectorAll("svg") ?? [])]
      .map((svg) => {
        let wrappers = "";
        for (let el = svg.parentElement; el && el.id !== "chart"; el = el.parentElement)
          wrappers += [...el.attributes].map((a) => `${a.name}=${a.value}`).join(" ");
        return wrappers + svg.outerHTML;
      })
      .join("\n");
  (window as unknown as { __toggle: Promise<number> }).__toggle = new Promise<number>((resolve, reject) => {
    let clickAt = 0;
    let before = "";
    let seen: HTMLElement | null = null;
    let paintedAt = 0;
    let changes = 0;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const timeout = setTimeout(
      () => finish(new Error(`no redraw with ${name ?? svg} ${present ? "added" : "removed"} within 30 s`)),
      30_000,
    );
    const observer = new MutationObserver((records) => {
      const now = chart();
      // only changes to the chart count: inside #chart, or #chart replaced
      if (now === seen && !records.some((r) => now?.contains(r.target))) return;
      seen = now;
      clearTimeout(quiet);
      const change = ++changes;
      paintedAt = 0;
      if (drawn() && keyHas() === present && drawing() !== before)
        requestAnimationFrame(() => requestAnimationFrame(() => change === changes && (paintedAt = performance.now())));
      quiet = setTimeout(check, quietMs);
    });
    const check = () => {
      if (paintedAt) finish(paintedAt - clickAt);
      else quiet = setTimeout(check, quietMs); // the last change is not painted yet, or the chart does not show it yet
    };
    const finish = (result: number | Error) => {
      observer.disconnect();
      clearTimeout(timeout);
      clearTimeout(quiet);
      if (typeof result === "number") resolve(result);
      else reject(result);
    };
    window.addEventListener(
      "click",
      (event) => {
        clickAt = event.timeStamp; // when the browser created the click, so a busy main thread counts
        before = drawing();
        seen = chart();
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      },
      { capture: true, once: true },
    );
  });
}

function trackRequests(page: Page): () => number {
  let n = 0;
  page.on("request", () => n++);
  page.on("requestfinished", () => n--);
  page.on("requestfailed", () => n--);
  return () => n;
}

/** Idle: no request in flight for 500 ms, then an idle callback in the page. */
async function settle(page: Page, inFlight: () => number): Promise<void> {
  for (let idleSince = Date.now(); Date.now() - idleSince < 500; await new Promise((r) => setTimeout(r, 50)))
    if (inFlight() > 0) idleSince = Date.now();
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 5000 })));
}

export const describeToggles = (r: ToggleRun) =>
  `median ${r.median} ms (${r.samples.map((s) => `${s.action === "add" ? "+" : "−"}${s.country} ${s.ms}`).join(", ")}; load ${r.loadavg.map((l) => l.toFixed(1)).join("→")})`;

export const describeOutlook = (r: OutlookRun) =>
  `${r.samples.map((s) => `${s.change} ${s.ms}`).join(", ")} ms (load ${r.loadavg.map((l) => l.toFixed(1)).join("→")})`;

if (process.argv[1]?.endsWith("toggle.ts")) {
  const [base = "http://127.0.0.1:3000", toggles = "5"] = process.argv.slice(2);
  const run = await toggleToRedraw(base, Number(toggles));
  console.log(`${new Date().toISOString()} toggle to redraw, ${base}: ${describeToggles(run)}`);
  const outlook = await outlookToRedraw(base);
  console.log(`${new Date().toISOString()} outlook to redraw, ${base}: ${describeOutlook(outlook)}`);
}
