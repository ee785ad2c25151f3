import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { breakMarks } from "@/lib/dashboard/series/breaks";
import { packPoints } from "@/lib/dashboard/series/series";
import { type DashboardState, serializeState } from "@/lib/dashboard/state/url-state";
import { pathAnnotations } from "@/lib/dashboard/text/annotations";
import { listOf } from "@/lib/dashboard/text/format";
import { datasetName } from "@/lib/dashboard/text/labels";
import { pageTitle } from "@/lib/dashboard/text/page-title";
import type { DashboardView } from "@/lib/dashboard/view/dashboard-view";
import { getDashboardViewForKey } from "@/lib/queries/get-dashboard-view";
import { countryName } from "@/lib/reference/countries";
import { DataTable } from "../../(dashboard)/_components/data-table";
import { DefinitionsView } from "../../(dashboard)/_components/definitions-view";
import { OutlookMessages } from "../../(dashboard)/_components/editor-messages";
import { PathChart } from "../../(dashboard)/_components/path-chart";
import { ScatterView } from "../../(dashboard)/_components/scatter-view";
import { RankingView } from "../../(dashboard)/_components/ranking-view";
import { EmbedHeight } from "./embed-height";
import { EmbedOutlook } from "./embed-outlook";

// Readers ask for `/embed?countries=…`; like the dashboard home, proxy.ts rewrites that to this route with a key
// (data version, origin, view: lib/dashboard/state/view-key.ts), and each key is rendered once, then served from the cache.
export function generateStaticParams() {
  return [];
}
export const revalidate = 10;
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string; key: string }> };

/** One view of the dashboard alone, for iframes: the same URL state, every view (`view=`), its title and source. */
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
  const nameOf = (iso3: string) => countryName(iso3, locale);
  return (
    <main className="embed" style={{ padding: 8, maxWidth: "none" }}>
      <h1 className="embed-title">{pageTitle(view.state, nameOf, t, locale)}</h1>
      <EmbeddedView view={view} locale={locale} />
      <p className="note">
        {t("embedFooter", {
          dataset: datasetName(tl, view.dataset.slug, view.dataset.name),
          edition: view.edition.label,
        })}{" "}
        <Link href={`/${serializeState(view.state)}`} target="_top">
          {t("openInDashboard")}
        </Link>
      </p>
      <EmbedHeight />
    </main>
  );
}

/** The view the URL names, drawn as the dashboard draws it on the server. */
async function EmbeddedView({ view, locale }: { view: DashboardView; locale: string }) {
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: "dashboard" }), getTranslations({ locale })]);
  const { state } = view;
  const countries = state.countries.map((iso3) => ({ iso3, name: countryName(iso3, locale) }));
  const annotations = pathAnnotations(view.targets, tl, locale);
  const embedHref = (next: Partial<DashboardState>) => `/embed${serializeState({ ...state, ...next })}`;
  switch (state.view) {
    case "ranking":
      return view.ranking ? (
        <RankingView
          view={{ ...view, ranking: view.ranking }}
          locale={locale}
          datasetName={datasetName(tl, view.dataset.slug, view.dataset.name)}
          yearHref={(year) => embedHref({ year })}
        />
      ) : (
        <p>{t("noFiguresInRange")}</p>
      );
    case "definitions":
      return view.definitions ? (
        <DefinitionsView
          definitions={view.definitions}
          lines={annotations.lines}
          from={state.from}
          to={state.to}
          locale={locale}
          description={view.description}
        />
      ) : (
        <p>{t("noFiguresInRange")}</p>
      );
    case "table":
      return (
        <DataTable
          packed={packPoints(view.points)}
          countries={countries}
          from={state.from}
          to={state.to}
          breaks={breakMarks([view.dataset.definition], state.countries, state.from, state.to, tl)}
          gaps={view.path.gaps}
          unit={view.dataset.unit}
        />
      );
    case "outlook":
      return view.outlook ? (
        <OutlookMessages>
          <EmbedOutlook
            outlook={{
              ...view.outlook,
              datasetNames: Object.fromEntries(view.datasets.map((d) => [d.slug, datasetName(tl, d.slug, d.name)])),
            }}
            initial={state}
            countries={view.countries}
          />
        </OutlookMessages>
      ) : (
        <p>{t("noFiguresInRange")}</p>
      );
    case "path":
      return (
        <PathChart
          packed={packPoints(view.points)}
          countries={countries}
          from={state.from}
          to={state.to}
          lines={annotations.lines}
          japanGoal={annotations.japanGoal}
          events={annotations.events}
          edition={listOf([view.dataset.publisher, view.edition.label], locale)}
          description={view.description}
          unit={view.dataset.unit}
        />
      );
    case "equipment":
      return view.scatter ? (
        <ScatterView
          scatter={view.scatter}
          highlight={state.countries}
          description={view.description}
          locale={locale}
          yearHref={(year) => embedHref({ year })}
        />
      ) : (
        <p>{tl("scatter.noData")}</p>
      );
  }
}
