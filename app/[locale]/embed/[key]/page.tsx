import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pathAnnotations } from "@/lib/dashboard/text/annotations";
import { datasetName } from "@/lib/dashboard/text/labels";
import { packPoints } from "@/lib/dashboard/series/series";
import { serializeState } from "@/lib/dashboard/state/url-state";
import { getDashboardViewForKey } from "@/lib/queries/get-dashboard-view";
import { countryName } from "@/lib/reference/countries";
import { PathChart } from "../../(dashboard)/_components/path-chart";

// Readers ask for `/embed?countries=…`; like the dashboard home, proxy.ts rewrites that to this route with a key
// (data version, origin, view: lib/dashboard/state/view-key.ts), and each key is rendered once, then served from the cache.
export function generateStaticParams() {
  return [];
}
export const revalidate = 10;
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string; key: string }> };

/** The path chart alone, for iframes: same URL state as the dashboard. */
export default async function EmbedPage({ params }: Props) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  const [found, t, tl] = await Promise.all([
    getDashboardViewForKey(key, locale),
    getTranslations("dashboard"),
    getTranslations(),
  ]);
  if (!found) notFound();
  const { view } = found;
  if (!view) return <p>{t("noData")}</p>;
  const annotations = pathAnnotations(view.targets, tl, locale);
  return (
    <main style={{ padding: 8, maxWidth: "none" }}>
      <PathChart
        packed={packPoints(view.points)}
        countries={view.state.countries.map((iso3) => ({ iso3, name: countryName(iso3, locale) }))}
        from={view.state.from}
        to={view.state.to}
        lines={annotations.lines}
        japanGoal={annotations.japanGoal}
        events={annotations.events}
        edition={`${view.dataset.publisher}, ${view.edition.label}`}
        description={view.description}
      />
      <p className="note">
        {t("embedFooter", {
          dataset: datasetName(tl, view.dataset.slug, view.dataset.name),
          edition: view.edition.label,
        })}{" "}
        <Link href={`/${serializeState(view.state)}`} target="_top">
          {t("openInDashboard")}
        </Link>
      </p>
    </main>
  );
}
