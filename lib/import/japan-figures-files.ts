import Papa from "papaparse";
import { z } from "zod";
import {
  AMOUNT_STATUSES,
  BUDGETS,
  GDP_KINDS,
  type JapanAmount,
  type JapanGdp,
  MEASURES,
} from "../dashboard/series/japan-budget";

// The two reference files with a fixed contract (data/manifest.json, key "reference"): Japan's spending in yen
// and Japan's GDP, both by fiscal year, every row with its source. Told apart by their columns.
const year = z.coerce.number().int().min(1949).max(2100);
const billions = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, "a number of billions of yen, without separators")
  .transform(Number);
const text = z
  .string()
  .trim()
  .transform((s) => s || null);
const source = z.string().trim().min(1, "every row needs its source");

const ZAmountRow = z.object({
  fiscal_year: year,
  measure: z.enum(MEASURES),
  budget: z.enum(BUDGETS),
  amount_jpy_bn: billions,
  status: z.enum(AMOUNT_STATUSES),
  note: text.optional(),
  source,
});
const ZGdpRow = z.object({
  fiscal_year: year,
  gdp_jpy_bn: billions,
  kind: z.enum(GDP_KINDS),
  note: text.optional(),
  source,
});

export type JapanFiguresFile = { kind: "amounts"; rows: JapanAmount[] } | { kind: "gdp"; rows: JapanGdp[] };

/** Parses one of the two files; throws with the file name, line and column of the first bad cell. */
export function parseJapanFiguresFile(name: string, content: string): JapanFiguresFile {
  const { data, meta } = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  const columns = meta.fields ?? [];
  const kind = columns.includes("amount_jpy_bn") ? "amounts" : columns.includes("gdp_jpy_bn") ? "gdp" : null;
  if (!kind)
    throw new Error(`${name}: neither Japan's amounts (amount_jpy_bn) nor its GDP (gdp_jpy_bn) by fiscal year`);
  const schema = kind === "amounts" ? ZAmountRow : ZGdpRow;
  const keys = new Set<string>();
  const rows = data.map((raw, i) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${name} line ${i + 2}, column ${String(issue.path[0])}: ${issue.message}`);
    }
    const r = parsed.data as z.infer<typeof ZAmountRow> & z.infer<typeof ZGdpRow>;
    const key = kind === "amounts" ? `${r.fiscal_year}/${r.measure}/${r.budget}` : `${r.fiscal_year}/${r.kind}`;
    if (keys.has(key)) throw new Error(`${name} line ${i + 2}: a second row for ${key}`);
    keys.add(key);
    return kind === "amounts"
      ? {
          fiscalYear: r.fiscal_year,
          measure: r.measure,
          budget: r.budget,
          amountJpyBn: r.amount_jpy_bn,
          status: r.status,
          note: r.note ?? null,
          source: r.source,
        }
      : { fiscalYear: r.fiscal_year, gdpJpyBn: r.gdp_jpy_bn, kind: r.kind, note: r.note ?? null, source: r.source };
  });
  return { kind, rows } as JapanFiguresFile;
}
