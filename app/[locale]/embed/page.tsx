import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pathAnnotations } from "@/lib/dashboard/annotations";
import { datasetName } from "@/lib/dashboard/labels";
import { type SearchParams, serializeState } from "@/lib/dashboard/url-state";
import { getDashboardView } from "@/lib/queries/get-dashboard-view";
import { PathChart } from "../(dashboard)/_components/lazy-charts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

/** The path chart alone, for iframes: same URL state as the dashboard. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const [view, t, tl] = await Promise.all([getDashboardView(await searchParams, locale), getTranslations("dashboard"), getTranslations()]);
  if (!view) return <p>{t("noData")}</p>;
  const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
  const annotations = pathAnnotations(view.targets, tl, locale);
  return (
    <main style={{ padding: 8, maxWidth: "none" }}>
      <PathChart
        points={view.points}
        countries={view.state.countries.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 }))}
        from={view.state.from}
        to={view.state.to}
        lines={annotations.lines}
        japanGoal={annotations.japanGoal}
        events={annotations.events}
        edition={`${view.dataset.publisher}, ${view.edition.label}`}
        description={view.description}
      />
      <p className="note">
        {t("embedFooter", { dataset: datasetName(tl, view.dataset.slug, view.dataset.name), edition: view.edition.label })}{" "}
        <Link href={`/${serializeState(view.state)}`} target="_top">{t("openInDashboard")}</Link>
      </p>
    </main>
  );
}
