import { useLocale, useTranslations } from "next-intl";
import { formats } from "@/lib/dashboard/text/format";
import type { TargetProgress } from "@/lib/dashboard/series/targets";
import type { Unit } from "@/lib/reference/units";

/** Latest figure, gap to each target and the yearly change needed to reach it in time. Server-rendered. */
export function TargetTracker({
  rows,
  names,
  unit,
}: {
  rows: TargetProgress[];
  names: Map<string, string>;
  unit: Unit;
}) {
  const t = useTranslations("tracker");
  const f = formats(useLocale(), unit);
  const targets = rows[0]?.targets ?? [];
  const pp = (v: number) => (f.inPoints ? t("pp", { value: f.points(v) }) : f.points(v));
  return (
    <section aria-labelledby="tracker-title">
      <h2 id="tracker-title">{t("title")}</h2>
      <div className="table-wrap">
        <table className="tracker">
          <thead>
            <tr>
              <th scope="col">{t("country")}</th>
              <th scope="col" className="num">
                {t("latest")}
              </th>
              <th scope="col" className="num">
                {t("averageChange")}
              </th>
              {targets.map((tg) => (
                <th key={tg.value} scope="col" className="num">
                  {t("gapTo", { target: f.target(tg.value) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.country}>
                <th scope="row">{names.get(r.country) ?? r.country}</th>
                <td className="num" data-label={t("latest")}>
                  {r.latest ? `${f.share(r.latest.value)} (${f.year(r.latest.year)})` : t("noFigures")}
                </td>
                <td className="num" data-label={t("averageChange")}>
                  {r.averageChange !== null ? pp(r.averageChange) : "—"}
                </td>
                {r.targets.map((tg) => (
                  <td
                    key={tg.value}
                    className={`num${tg.met ? " met" : ""}`}
                    data-label={t("gapTo", { target: f.target(tg.value) })}
                  >
                    {tg.gap === null
                      ? "—"
                      : tg.met
                        ? t("met")
                        : `${pp(tg.gap)} · ${tg.neededPerYear !== null ? pp(tg.neededPerYear) : t("pastDue")}`}
                    <br />
                    <span className="note">{t("by", { year: f.year(tg.byYear) })}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{t(unit === "percent_of_gdp" ? "explanation" : "explanationEquipment")}</p>
    </section>
  );
}
