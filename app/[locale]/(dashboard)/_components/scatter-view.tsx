import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CHART_BOXES, type ChartBoxName } from "@/lib/dashboard/geometry/chart-box";
import { formats, listOf } from "@/lib/dashboard/text/format";
import { countryName } from "@/lib/reference/countries";
import type { DashboardView } from "@/lib/dashboard/view/dashboard-view";
import { ScatterDrawing } from "./scatter-drawing";

interface Props {
  scatter: NonNullable<DashboardView["scatter"]>;
  /** the countries the reader selected: named on the chart */
  highlight: string[];
  description: string;
  locale: string;
  yearHref: (year: number) => string;
}

/**
 * NATO's two Wales guidelines for one year, one dot per ally: drawn by the server only (a phone's drawing and a
 * wider one), with every ally in a table beneath and the years as links.
 */
export async function ScatterView({ scatter, highlight, description, locale, yearHref }: Props) {
  const t = await getTranslations({ locale, namespace: "scatter" });
  const f = formats(locale);
  const { model } = scatter;
  const name = (c: string) => countryName(c, locale);
  const labelled = new Map(highlight.filter((c) => model.dots.some((d) => d.country === c)).map((c) => [c, name(c)]));
  const meets = (d: (typeof model.dots)[number]) =>
    d.meetsGdp && d.meetsEquipment
      ? t("meets.both")
      : d.meetsGdp
        ? t("meets.gdp", { line: f.target(model.lines.x) })
        : d.meetsEquipment
          ? t("meets.equipment", { line: f.target(model.lines.y) })
          : t("meets.neither");
  const rows = [...model.dots].sort((a, b) => b.y - a.y);
  return (
    <>
      <h2>{t("heading", { year: f.year(model.year), count: model.dots.length })}</h2>
      <figure className="scatter-figure">
        {(Object.keys(CHART_BOXES) as ChartBoxName[]).map((box) => (
          <div key={box} className={`chart-variant ${box}`} dir="ltr">
            <ScatterDrawing
              model={model}
              labelled={labelled}
              names={new Map(model.dots.map((d) => [d.country, name(d.country)]))}
              axes={{ x: t("xAxis"), y: t("yAxis") }}
              description={description}
              locale={locale}
              box={CHART_BOXES[box]}
            />
          </div>
        ))}
        <figcaption className="note">
          {t("note", {
            gdp: listOf([scatter.gdp.name, scatter.gdp.edition], locale),
            equipment: listOf([scatter.equipment.name, scatter.equipment.edition], locale),
          })}
          {model.unpaired.length > 0 &&
            ` ${t("unpaired", { year: f.year(model.year), countries: f.list(model.unpaired.map(name)) })}`}
        </figcaption>
      </figure>
      <div className="table-wrap">
        <table className="scatter-table">
          <caption>{t("tableCaption", { year: f.year(model.year) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.country")}</th>
              <th scope="col" className="num">
                {t("columns.gdp")}
              </th>
              <th scope="col" className="num">
                {t("columns.equipment")}
              </th>
              <th scope="col">{t("columns.meets")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr
                key={d.country}
                data-country={d.country}
                className={highlight.includes(d.country) ? "selected" : undefined}
              >
                <th scope="row">
                  {name(d.country)}
                  {d.estimate && <span className="badge">{t("estimate")}</span>}
                </th>
                <td className="num">{f.share(d.x)}</td>
                <td className="num">{f.share(d.y)}</td>
                <td>{meets(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note chips">
        {t("years")}{" "}
        {model.years.map((y) => (
          <Link
            key={y}
            href={yearHref(y)}
            scroll={false}
            aria-current={y === model.year ? "page" : undefined}
            style={{ marginInlineEnd: "0.4rem" }}
          >
            {f.year(y)}
          </Link>
        ))}
      </p>
    </>
  );
}
