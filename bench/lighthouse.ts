// Lighthouse performance and accessibility scores of the dashboard home in each language, on Lighthouse's mobile
// (throttled phone) and desktop presets, median of `runs`. Lighthouse 12.2.3 is pinned: 13.x needs Node 22.
// Standalone against a running server: `node --import tsx bench/lighthouse.ts http://127.0.0.1:3000 [runs]`.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

export const LIGHTHOUSE_PAGES = ["/", "/ar", "/ja"];
/** The site's smallest page (sign-in): the same framework, layout and header as the dashboard, without the
 * dashboard. Its score is what any page of the site reaches at best on the machine at the time. */
export const LIGHTHOUSE_FLOOR = "/login";
const cli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** milliseconds, except CLS */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };
  /** Lighthouse's measure of the machine's speed at the time (≈1000+ on an idle desktop); low means a busy machine */
  benchmarkIndex: number;
}

type Report = {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number }>;
  environment: { benchmarkIndex: number };
};

async function once(url: string, preset: "mobile" | "desktop"): Promise<LighthouseRun> {
  const args = [
    cli,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    maxBuffer: 256 * 2 ** 20,
  });
  const report = JSON.parse(stdout) as Report;
  const audit = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN);
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
    metrics: {
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: report.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      speedIndex: audit("speed-index"),
    },
    benchmarkIndex: Math.round(report.environment.benchmarkIndex),
  };
}

/** One page on one preset: the run with the median performance score of `runs`. */
export async function lighthouse(
  base: string,
  page: string,
  preset: "mobile" | "desktop",
  runs: number,
): Promise<LighthouseRun> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await once(`${base}${page}`, preset)); // one at a time: the machine has 2 cores
  return all.sort((a, b) => a.performance - b.performance)[Math.floor(runs / 2)]!;
}

export const describeRun = (r: LighthouseRun) =>
  `perf ${r.performance}, a11y ${r.accessibility} (FCP ${r.metrics.fcp} ms, LCP ${r.metrics.lcp} ms, TBT ${r.metrics.tbt} ms, CLS ${r.metrics.cls.toFixed(3)}; machine index ${r.benchmarkIndex})`;

if (process.argv[1]?.endsWith("lighthouse.ts")) {
  const [base = "http://127.0.0.1:3000", runs = "1"] = process.argv.slice(2);
  for (const page of [LIGHTHOUSE_FLOOR, ...LIGHTHOUSE_PAGES])
    for (const preset of ["mobile", "desktop"] as const)
      console.log(`${page} ${preset}: ${describeRun(await lighthouse(base, page, preset, Number(runs)))}`);
}
