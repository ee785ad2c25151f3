import type pg from "pg";
import type { JapanAmount, JapanGdp } from "../dashboard/series/japan-budget";
import { withTransaction } from "./transaction";

/**
 * Makes the two tables hold exactly these rows, in one transaction: new rows inserted, changed ones updated, rows
 * not given deleted, identical rows left alone (so loading the same files again changes nothing).
 */
export async function replaceJapanFigures(pool: pg.Pool, amounts: JapanAmount[], gdp: JapanGdp[]): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query(
      `WITH input AS (SELECT * FROM unnest($1::smallint[], $2::"JapanMeasure"[], $3::"JapanBudget"[], $4::numeric[], $5::"JapanAmountStatus"[], $6::text[], $7::text[])
                        AS t(fiscal_year, measure, budget, amount_jpy_bn, status, note, source)),
            gone AS (DELETE FROM japan_defense_amounts j WHERE NOT EXISTS (SELECT 1 FROM input i WHERE (i.fiscal_year, i.measure, i.budget) = (j.fiscal_year, j.measure, j.budget)))
       INSERT INTO japan_defense_amounts SELECT * FROM input
       ON CONFLICT (fiscal_year, measure, budget) DO UPDATE SET amount_jpy_bn = EXCLUDED.amount_jpy_bn, status = EXCLUDED.status, note = EXCLUDED.note, source = EXCLUDED.source
       WHERE (japan_defense_amounts.amount_jpy_bn, japan_defense_amounts.status, japan_defense_amounts.note, japan_defense_amounts.source)
             IS DISTINCT FROM (EXCLUDED.amount_jpy_bn, EXCLUDED.status, EXCLUDED.note, EXCLUDED.source)`,
      [
        amounts.map((a) => a.fiscalYear),
        amounts.map((a) => a.measure),
        amounts.map((a) => a.budget),
        amounts.map((a) => a.amountJpyBn),
        amounts.map((a) => a.status),
        amounts.map((a) => a.note),
        amounts.map((a) => a.source),
      ],
    );
    await client.query(
      `WITH input AS (SELECT * FROM unnest($1::smallint[], $2::numeric[], $3::"JapanGdpKind"[], $4::text[], $5::text[]) AS t(fiscal_year, gdp_jpy_bn, kind, note, source)),
            gone AS (DELETE FROM japan_gdp j WHERE NOT EXISTS (SELECT 1 FROM input i WHERE (i.fiscal_year, i.kind) = (j.fiscal_year, j.kind)))
       INSERT INTO japan_gdp SELECT * FROM input
       ON CONFLICT (fiscal_year, kind) DO UPDATE SET gdp_jpy_bn = EXCLUDED.gdp_jpy_bn, note = EXCLUDED.note, source = EXCLUDED.source
       WHERE (japan_gdp.gdp_jpy_bn, japan_gdp.note, japan_gdp.source) IS DISTINCT FROM (EXCLUDED.gdp_jpy_bn, EXCLUDED.note, EXCLUDED.source)`,
      [
        gdp.map((g) => g.fiscalYear),
        gdp.map((g) => g.gdpJpyBn),
        gdp.map((g) => g.kind),
        gdp.map((g) => g.note),
        gdp.map((g) => g.source),
      ],
    );
  });
}
