import { getTranslations } from "next-intl/server";
import type { ComputedShare } from "@/lib/dashboard/series/japan-shares";
import { shareFormula } from "@/lib/dashboard/text/share-formula";
import { yenBillions } from "@/lib/dashboard/text/yen";
import { formats } from "@/lib/dashboard/text/format";

/**
 * Japan's published yen amounts as shares of GDP on both bases, every share marked "computed" with its formula and
 * the numbers of its sources, listed once under the table (readable on a phone, unlike a hover title): the official
 * ratio divides by FY2022 GDP, the same-year share by the fiscal year's own GDP.
 */
export async function ComputedSharesTable({
  shares,
  locale,
  open = false,
}: {
  shares: ComputedShare[];
  locale: string;
  open?: boolean;
}) {
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: "japan" }), getTranslations({ locale })]);
  const f = formats(locale);
  if (shares.length === 0) return <p className="note">{t("noFigures")}</p>;
  // each source once, numbered in order of first use; a row names its numbers (99 citations, 37 distinct)
  const sources = [...new Set(shares.flatMap((s) => s.sources))];
  const refs = (s: ComputedShare) => s.sources.map((source) => sources.indexOf(source) + 1).join(", ");
  return (
    <section aria-labelledby="computed-title" className="computed-shares">
      <h2 id="computed-title">{t("sharesTitle")}</h2>
      <p className="note">{t("sharesLede")}</p>
      <details open={open}>
        <summary>{t("showTable", { count: shares.length })}</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("columns.year")}</th>
                <th scope="col">{t("columns.measure")}</th>
                <th scope="col" className="num">
                  {t("columns.amount")}
                </th>
                <th scope="col">{t("columns.basis")}</th>
                <th scope="col" className="num">
                  {t("columns.share")}
                </th>
                <th scope="col">{t("columns.formula")}</th>
              </tr>
            </thead>
            <tbody>
              {shares.map((s) => (
                <tr key={`${s.fiscalYear}-${s.measure}-${s.budget}-${s.basis}`} data-basis={s.basis}>
                  <th scope="row">{t("fiscalYear", { year: f.year(s.fiscalYear) })}</th>
                  <td>
                    {t(`measure.${s.measure}`)}
                    <br />
                    <span className="note">
                      {t(`budget.${s.budget}`)} · {tl(`chart.status.${s.status}`)}
                    </span>
                  </td>
                  <td className="num">{yenBillions(s.amountJpyBn, locale)}</td>
                  <td>{t(`basis.${s.basis}`)}</td>
                  <td className="num">
                    <strong>{f.share(s.value)}</strong> <span className="badge computed">{t("computed")}</span>
                  </td>
                  <td className="formula">
                    {shareFormula(s, tl, locale)}
                    {s.sources.length > 0 && <span className="note"> [{refs(s)}]</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>{t("sourcesTitle")}</h3>
        <ol className="note computed-sources">
          {sources.map((source, i) => (
            <li key={i}>{source}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
