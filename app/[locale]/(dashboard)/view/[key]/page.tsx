import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pathAnnotations } from "@/lib/dashboard/annotations";
import { breakMarks } from "@/lib/dashboard/breaks";
import { formats } from "@/lib/dashboard/format";
import { datasetName, definitionLabel } from "@/lib/dashboard/labels";
import { packPoints } from "@/lib/dashboard/series";
import { countryName } from "@/lib/reference/countries";
import { type DashboardState, serializeState, type View, VIEWS } from "@/lib/dashboard/url-state";
import { getDashboardViewForKey } from "@/lib/queries/get-dashboard-view";
import { Controls } from "../../_components/controls";
import { DataTable } from "../../_components/data-table";
import { Downloads } from "../../_components/downloads";
import { ComputedSharesTable } from "../../_components/computed-shares-table";
import { DataCurrency } from "../../_components/data-currency";
import { DefinitionsView } from "../../_components/definitions-view";
import { PathChart } from "../../_components/lazy-charts";
import { RankingView } from "../../_components/ranking-view";
import { TargetTracker } from "../../_components/target-tracker";

// The dashboard home. Readers ask for `/?countries=…`; proxy.ts rewrites that to this route with a key holding the
// data version, the site origin and the view (lib/dashboard/view-key.ts), so each page is rendered once per key and
// then served from Next.js's page cache. Nothing here may read request headers, cookies or search parameters.
export function generateStaticParams() {
  return [];
}
// The page under a key never changes; this only tells a CDN how long it may keep the reader's URL, which does
// (Cache-Control: s-maxage=10; next.config.js expireTime).
export const revalidate = 10;

type Props = { params: Promise<{ locale: string; key: string }> };

async function viewFor(params: Props["params"]) {
  const { locale, key } = await params;
  const found = await getDashboardViewForKey(key, locale);
  if (!found) notFound();
  return { locale, ...found };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, origin, view } = await viewFor(params);
  if (!view) return {};
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const query = serializeState(view.state);
  const f = formats(locale);
  const title = t("pageTitle", {
    view: t(`views.${view.state.view}`),
    countries: f.list((view.state.view === "definitions" ? view.state.countries.slice(0, 1) : view.state.countries).map((c) => countryName(c, locale))),
    from: f.year(view.state.from),
    to: f.year(view.state.to),
  });
  const image = `/og${query}${query ? "&" : "?"}lang=${locale}`;
  return {
    // preview images and the canonical link are absolute on the host the page was asked for
    metadataBase: new URL(origin),
    title,
    description: view.description,
    alternates: { canonical: `${locale === "en" ? "" : `/${locale}`}/${query}` },
    openGraph: { title, description: view.description, locale, images: [{ url: image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description: view.description, images: [image] },
  };
}

export default async function DashboardPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const [{ locale, view }, t, tl] = await Promise.all([viewFor(params), getTranslations("dashboard"), getTranslations()]);
  if (!view) return <p className="error-box">{t("noData")}</p>;
  const { state, dataset } = view;
  const f = formats(locale);
  const names = new Map(state.countries.map((iso3) => [iso3, countryName(iso3, locale)]));
  const selected = state.countries.map((iso3) => ({ iso3, name: names.get(iso3)! }));
  const annotations = pathAnnotations(view.targets, tl, locale);
  const name = datasetName(tl, dataset.slug, dataset.name);
  const edition = `${dataset.publisher}, ${view.edition.label}`;
  const href = (next: Partial<DashboardState>) => `/${serializeState({ ...state, ...next })}`;
  const breaks = breakMarks([dataset.definition], state.countries, state.from, state.to, tl);
  const gaps = view.gaps.filter((g) => state.countries.includes(g.country) && g.year >= state.from && g.year <= state.to).map((g) => ({ ...g, text: tl(`gaps.${g.reason}`) }));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede" id="chart-description">{view.description}</p>
      <div className="layout">
        <Controls
          state={state}
          pinnedQuery={serializeState({ ...state, edition: view.edition.id })}
          countries={view.countries}
          datasets={view.datasets.map((d) => ({ slug: d.slug, name: datasetName(tl, d.slug, d.name), edition: d.currentEdition!.label }))}
        >
          <DataCurrency newest={view.newest} locale={locale} />
        </Controls>
        <section aria-label={t("viewsLabel")}>
          <nav className="tabs" aria-label={t("viewsLabel")}>
            {VIEWS.map((v: View) => (
              <Link key={v} href={href({ view: v })} aria-current={state.view === v ? "page" : undefined} scroll={false}>
                {t(`views.${v}`)}
              </Link>
            ))}
          </nav>
          <p className="note">
            {t("datasetLine", { dataset: name, definition: definitionLabel(tl, dataset.definition), edition: view.edition.label })} ·{" "}
            <Link href={`/sources#${dataset.slug}`}>{t("sourceAndCaveats")}</Link>
          </p>
          {view.newerEdition && (
            <p className="banner" role="status">
              {t("pinned", { edition: view.edition.label, newer: view.newerEdition })} <Link href={href({ edition: null })}>{t("viewCurrent")}</Link>
            </p>
          )}
          {view.earlier && (
            <p className="banner earlier-edition" role="status">
              {t("earlierCoverage", { edition: view.edition.label, previous: view.earlier.edition.label, from: f.year(view.earlier.from), to: f.year(view.earlier.to) })}{" "}
              <Link href={href({ edition: view.earlier.edition.id })}>{t("viewEarlier", { previous: view.earlier.edition.label })}</Link>
            </p>
          )}
          {view.missing.length > 0 && state.view !== "ranking" && state.view !== "definitions" && (
            <p className="note" role="status">
              {t("missing", { dataset: name, countries: f.list(view.missing.map((c) => names.get(c) ?? c)), from: f.year(state.from), to: f.year(state.to) })}
              {view.missing.includes("JPN") && dataset.definition.startsWith("NATO") ? ` ${t("natoAlliesOnly")}` : ""}
            </p>
          )}
          <Downloads query={serializeState(state)} name={`defense-share-of-gdp-${state.view}-${dataset.slug}-${state.from}-${state.to}`} chartId="chart" />
          <div id="chart">
            {state.view === "path" && (
              <>
                <PathChart
                  packed={packPoints(view.points)}
                  countries={selected}
                  from={state.from}
                  to={state.to}
                  lines={annotations.lines}
                  japanGoal={annotations.japanGoal}
                  events={annotations.events}
                  edition={edition}
                  description={view.description}
                  breaks={breaks}
                />
                <TargetTracker rows={view.tracker} names={names} />
              </>
            )}
            {state.view === "ranking" && view.ranking && (
              <RankingView view={{ ...view, ranking: view.ranking }} locale={locale} datasetName={name} yearHref={(year) => href({ year })} />
            )}
            {state.view === "ranking" && !view.ranking && <p>{t("noFiguresInRange")}</p>}
            {state.view === "table" && (
              <>
                <DataTable packed={packPoints(view.points)} countries={selected} from={state.from} to={state.to} breaks={breaks} gaps={gaps} />
                {view.definitions && <ComputedSharesTable shares={view.definitions.shares} locale={locale} />}
              </>
            )}
            {state.view === "definitions" && view.definitions && (
              <DefinitionsView definitions={view.definitions} lines={annotations.lines} from={state.from} to={state.to} locale={locale} description={view.description} />
            )}
          </div>
        </section>
      </div>
    </>
  );
}
