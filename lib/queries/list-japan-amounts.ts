import "server-only";
import type { JapanAmount } from "../dashboard/series/japan-budget";
import { getPrisma } from "../db/client";

/** Written by the shipped-data import before the server starts (npm start), so one read per process suffices. */
let amounts: Promise<JapanAmount[]> | null = null;

/** Japan's published defense and security spending in yen, by fiscal year (data/japan-defense-amounts.csv). */
export function listJapanAmounts(): Promise<JapanAmount[]> {
  amounts ??= getPrisma()
    .japanDefenseAmount.findMany({ orderBy: [{ fiscalYear: "asc" }, { measure: "asc" }, { budget: "asc" }] })
    .then((rows) =>
      rows.map((r) => ({
        fiscalYear: r.fiscalYear,
        measure: r.measure,
        budget: r.budget,
        amountJpyBn: Number(r.amountJpyBn),
        status: r.status,
        note: r.note,
        source: r.source,
      })),
    );
  amounts.catch(() => (amounts = null));
  return amounts;
}
