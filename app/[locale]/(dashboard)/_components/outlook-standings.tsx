import { useLocale, useTranslations } from "next-intl";
import type { CountryOutlook } from "@/lib/dashboard/outlook/country-outlook";
import type { YearValue } from "@/lib/dashboard/outlook/straight-path";
import { formats } from "@/lib/dashboard/text/format";

export interface OutlookStandingsProps {
  countries: CountryOutlook[];
  names: Record<string, string>;
  datasetNames: Record<string, string>;
  target: YearValue;
  /** the years judged, oldest first */
  years: number[];
}

/** Each country's latest figure, the step a year the straight path asks of it, and how each year since the pledge stood. */
export function OutlookStandings({ countries, names, datasetNames, target, years }: OutlookStandingsProps) {
  const t = useTranslations("outlook");
  const f = formats(useLocale());
  return (
    <div className="table-wrap">
      <table className="outlook-standings">
        <caption>{t("table.caption", { target: f.target(target.value), targetYear: f.year(target.year) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.country")}</th>
            <th scope="col">{t("table.basis")}</th>
            <th scope="col" className="num">
              {t("table.latest")}
            </th>
            <th scope="col" className="num">
              {t("table.step")}
            </th>
            {years.map((y) => (
              <th key={y} scope="col">
                {f.year(y)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.country} data-country={c.country}>
              <th scope="row">{names[c.country] ?? c.country}</th>
              <td>{c.basis.core ? t("table.core") : (datasetNames[c.basis.dataset] ?? c.basis.dataset)}</td>
              <td className="num">
                {c.latest
                  ? `${f.share(c.latest.value)} (${f.year(c.latest.year)}${c.latest.status !== "actual" ? "e" : ""})`
                  : "—"}
              </td>
              <td className="num">{c.latest ? (c.path ? f.points(c.step) : t("table.atTarget")) : "—"}</td>
              {years.map((y) => {
                const s = c.standings.find((x) => x.year === y);
                return (
                  <td key={y} className={s ? `standing ${s.standing}` : undefined} data-year={y}>
                    {s ? t(`standing.${s.standing}`) : t("table.notJudged")}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
