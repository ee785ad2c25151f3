import "server-only";
import type { JapanGdp } from "../dashboard/series/japan-budget";
import { getPrisma } from "../db/client";

/** Written by the shipped-data import before the server starts (npm start), so one read per process suffices. */
let gdp: Promise<JapanGdp[]> | null = null;

/** Japan's nominal GDP by fiscal year: settled figures, estimates and forecasts (data/japan-gdp.csv). */
export function listJapanGdp(): Promise<JapanGdp[]> {
  gdp ??= getPrisma()
    .japanGdp.findMany({ orderBy: [{ fiscalYear: "asc" }, { kind: "asc" }] })
    .then((rows) =>
      rows.map((r) => ({
        fiscalYear: r.fiscalYear,
        gdpJpyBn: Number(r.gdpJpyBn),
        kind: r.kind,
        note: r.note,
        source: r.source,
      })),
    );
  gdp.catch(() => (gdp = null));
  return gdp;
}
