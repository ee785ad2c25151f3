import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { rankingLines } from "@/lib/dashboard/text/annotations";
import { formats } from "@/lib/dashboard/text/format";
import { countryName } from "@/lib/reference/countries";
import type { DashboardView } from "@/lib/dashboard/view/dashboard-view";
import { RankingChart } from "./ranking-chart";

interface Props {
  view: DashboardView & { ranking: NonNullable<DashboardView["ranking"]> };
  locale: string;
  datasetName: string;
  yearHref: (year: number) => string;
}

/** One year ranked: allies counted against NATO's lines, partners drawn beside them and marked, never counted. */
export async function RankingView({ view, locale, datasetName: name, yearHref }: Props) {
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const tg = await getTranslations({ locale, namespace: "gaps" });
  const f = formats(locale, view.dataset.unit);
  const { ranking, state } = view;
  const nameOf = (c: string) => countryName(c, locale);
  const year = f.year(ranking.year);
  const gaps = view.gaps.filter((g) => g.year === ranking.year);
  const unexplained = ranking.unranked.filter((c) => !gaps.some((g) => g.country === c));
  return (
    <>
      <h2>
        {t("rankingHeading", { dataset: name, year })} ·{" "}
        {rankingLines(view.targets)
          .map((l) => t("atOrAbove", { count: ranking.meeting[l] ?? 0, allies: ranking.allies, line: f.target(l) }))
          .join(" · ")}
        {ranking.partners > 0 && ` · ${t("partnersShown", { count: ranking.partners })}`}
      </h2>
      <RankingChart
        ranked={ranking.ranked.map((r) => ({
          country: r.country,
          value: r.value,
          status: r.status,
          rank: r.rank,
          ally: r.ally,
          comparator: r.comparator,
          name: r.comparator
            ? t("viaSipri", { country: nameOf(r.country) })
            : r.ally
              ? nameOf(r.country)
              : t("partner", { country: nameOf(r.country) }),
        }))}
        lines={rankingLines(view.targets).map((value) => ({ value, label: f.target(value) }))}
        highlight={state.countries}
        description={view.description}
        unit={view.dataset.unit}
      />
      <p className="note">
        {t("estimatesFaded")}
        {ranking.partners > 0 && ` ${t("partnersNotCounted")}`}
        {ranking.ranked.some((r) => r.comparator) &&
          ` ${t("sipriComparators", { dataset: name, editions: f.list(ranking.comparatorEditions) })}`}
        {ranking.absent.length > 0 &&
          ` ${t("absent", { year, dataset: name, countries: f.list(ranking.absent.map(nameOf)) })}`}
        {unexplained.length > 0 &&
          ` ${t("notRanked", { year, dataset: name, countries: f.list(unexplained.map(nameOf)) })}`}
      </p>
      {gaps.map((g) => (
        <p key={g.country} className="note gap-note" role="note">
          <strong>{t("notRanked", { year, dataset: name, countries: nameOf(g.country) })}</strong> {tg(g.reason)}
        </p>
      ))}
      <p className="note chips">
        {t("years")}{" "}
        {Array.from({ length: state.to - state.from + 1 }, (_, i) => state.from + i).map((y) => (
          <Link key={y} href={yearHref(y)} scroll={false} style={{ marginInlineEnd: "0.4rem" }}>
            {f.year(y)}
          </Link>
        ))}
      </p>
    </>
  );
}
