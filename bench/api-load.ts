// The public API under load (issue 23): observations of 6 countries × 2014–2026, as a newsroom's script or a
// spreadsheet would fetch them, against a static file of the same server. JSON and CSV, current and pinned: after
// the first request each is answered from the server's memory (lib/public-api/response-cache.ts), as pages are.
import { execFileSync } from "node:child_process";
import type autocannon from "autocannon";

export const API_COUNTRIES = ["JPN", "POL", "DEU", "USA", "GBR", "KOR"];
export const API_PATH = `/api/v1/datasets/sipri/observations?countries=${API_COUNTRIES.join(",")}&from=2014&to=2026`;

export interface ApiLoad {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** figures in one answer (6 countries × the years SIPRI's current edition has in 2014–2026) */
  figures: number;
  staticRps: number;
  staticP99: number;
}

/** autocannon in its own process (bench/load.ts), so the benchmark's own work does not slow the generator. */
export const load = (opts: autocannon.Options): autocannon.Result =>
  JSON.parse(
    execFileSync("node", ["--import", "tsx", "bench/load.ts", JSON.stringify(opts)], {
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
    }),
  ) as autocannon.Result;

export async function apiLoad(appUrl: string, seconds: number, connections = 32): Promise<ApiLoad> {
  const first = (await (await fetch(`${appUrl}${API_PATH}`)).json()) as {
    edition: { id: number };
    observations: unknown[];
  };
  const pinned = `${API_PATH}&edition=${first.edition.id}`;
  const requests = [API_PATH, `${API_PATH}&format=csv`, pinned, `${pinned}&format=csv`].map((path) => ({ path }));
  load({ url: appUrl, connections, duration: 5, requests }); // warm-up, not measured
  const api = load({ url: appUrl, connections, duration: seconds, requests });
  const statics = load({ url: `${appUrl}/icon.svg`, connections, duration: seconds });
  return {
    rps: api.requests.average,
    p50: api.latency.p50,
    p99: api.latency.p99,
    errors: api.errors + api.non2xx,
    figures: first.observations.length,
    staticRps: statics.requests.average,
    staticP99: statics.latency.p99,
  };
}

/** The bench table's row. */
export const describeApiLoad = (r: ApiLoad, seconds: number): [string, string, string, string] => [
  `API observations, 6 countries × 2014–2026 (${r.figures} figures; JSON/CSV, current/pinned), 32 conns, ${seconds} s`,
  `${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors`,
  `static file ${r.staticRps.toFixed(0)} req/s, p99 ${r.staticP99} ms`,
  `ratio ${(r.rps / r.staticRps).toFixed(2)} (target ≥ 0.5, p99 ≤ 50 ms)`,
];

// `node --import tsx bench/api-load.ts <url> [seconds]`: this row alone, against a server already running
if (import.meta.url === `file://${process.argv[1]}`) {
  const [url = "http://127.0.0.1:3000", seconds = "10"] = process.argv.slice(2);
  const result = await apiLoad(url, Number(seconds));
  console.log(describeApiLoad(result, Number(seconds)).join(" | "));
  console.log(JSON.stringify(result));
}
