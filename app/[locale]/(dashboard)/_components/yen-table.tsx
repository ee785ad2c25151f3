import { useLocale, useTranslations } from "next-intl";
import type { YenRow } from "@/lib/dashboard/outlook/scenario-view";
import { formats } from "@/lib/dashboard/text/format";
import { yenTrillions } from "@/lib/dashboard/text/yen";

/** Japan: 2% and 3.5% of FY2022 GDP (the NSS basis) and of each fiscal year's own GDP, in ¥ trillion. */
export function YenTable({ rows, gdpGrowth }: { rows: YenRow[]; gdpGrowth: number }) {
  const t = useTranslations("outlook.yen");
  const locale = useLocale();
  const f = formats(locale);
  const years = rows[0]?.sameYear ?? [];
  return (
    <div className="table-wrap">
      <table className="yen-table">
        <caption>{t("title", { shares: f.list(rows.map((r) => f.target(r.share))) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("share")}</th>
            <th scope="col" className="num">
              {t("fy2022")}
            </th>
            {years.map((y) => (
              <th key={y.fiscalYear} scope="col" className="num">
                {t("fiscalYear", { year: f.year(y.fiscalYear) })}
                {y.kind === "projection" && (
                  <>
                    <br />
                    <small>{t("projected")}</small>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.share}>
              <th scope="row">{f.target(r.share)}</th>
              <td className="num">{r.fy2022 === null ? "—" : yenTrillions(r.fy2022, locale)}</td>
              {r.sameYear.map((y) => (
                <td key={y.fiscalYear} className="num">
                  {yenTrillions(y.amountJpyBn, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t("note", { rate: f.target(Math.round(gdpGrowth * 10) / 10) })}</p>
    </div>
  );
}
