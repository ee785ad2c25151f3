import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pathAnnotations } from "@/lib/dashboard/text/annotations";
import { formats } from "@/lib/dashboard/text/format";
import { pageTitle } from "@/lib/dashboard/text/page-title";
import { datasetName, definitionLabel } from "@/lib/dashboard/text/labels";
import { packPoints, toFigure } from "@/lib/dashboard/series/series";
import { countryName } from "@/lib/reference/countries";
import { type DashboardState, SELECTABLE_YEARS, serializeState } from "@/lib/dashboard/state/url-state";
import { getDashboardViewForKey } from "@/lib/queries/get-dashboard-view";
import { ComputedSharesTable } from "../../_components/computed-shares-table";
import { DataCurrency } from "../../_components/data-currency";
import { DefinitionsView } from "../../_components/definitions-view";
import { OutlookMessages } from "../../_components/editor-messages";
import { LiveDashboard } from "../../_components/live-dashboard";
import { RankingView } from "../../_components/ranking-view";
import { ScatterView } from "../../_components/scatter-view";

// The dashboard home. Readers ask for `/?countries=…`; proxy.ts rewrites that to this route with a key holding the
// data version, the site origin and the view (lib/dashboard/state/view-key.ts), so each page is rendered once per key and
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
  const title = pageTitle(view.state, (c) => countryName(c, locale), t, locale);
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
  const [{ locale, view }, t, tl] = await Promise.all([
    viewFor(params),
    getTranslations("dashboard"),
    getTranslations(),
  ]);
  if (!view) return <p className="error-box">{t("noData")}</p>;
  const { state, dataset } = view;
  const name = datasetName(tl, dataset.slug, dataset.name);
  const href = (next: Partial<DashboardState>) => `/${serializeState({ ...state, ...next })}`;
  const annotations = pathAnnotations(view.targets, tl, locale);
  const datasetNames = Object.fromEntries(view.datasets.map((d) => [d.slug, datasetName(tl, d.slug, d.name)]));
  const serverView =
    state.view === "ranking" ? (
      view.ranking ? (
        <RankingView
          view={{ ...view, ranking: view.ranking }}
          locale={locale}
          datasetName={name}
          yearHref={(year) => href({ year })}
        />
      ) : (
        <p>{t("noFiguresInRange")}</p>
      )
    ) : state.view === "equipment" ? (
      view.scatter ? (
        <ScatterView
          scatter={view.scatter}
          highlight={state.countries}
          description={view.description}
          locale={locale}
          yearHref={(year) => href({ year })}
        />
      ) : (
        <p>{tl("scatter.noData")}</p>
      )
    ) : state.view === "definitions" && view.definitions ? (
      <DefinitionsView
        definitions={view.definitions}
        lines={annotations.lines}
        from={state.from}
        to={state.to}
        locale={locale}
        description={view.description}
      />
    ) : null;

  return (
    <>
      <h1>{t("title")}</h1>
      <WithViewMessages outlook={state.view === "outlook" || view.outlookSources !== null}>
        <LiveDashboard
          initial={state}
          known={{
            datasets: view.datasets.map((d) => d.slug),
            countries: view.countries.map((c) => c.iso3),
            newestYears: view.newestYears,
          }}
          countries={view.countries}
          datasets={view.datasets.map((d) => ({ slug: d.slug, name: datasetName(tl, d.slug, d.name) }))}
          dataset={{
            slug: dataset.slug,
            name,
            definition: dataset.definition,
            definitionLabel: definitionLabel(tl, dataset.definition),
            publisher: dataset.publisher,
            unit: dataset.unit,
          }}
          edition={view.edition}
          newerEdition={view.newerEdition}
          packed={packPoints(view.points)}
          firstView={view.path}
          yearLabels={SELECTABLE_YEARS.map(formats(locale).year)}
          description={view.description}
          earlierYears={view.earlierYears}
          gaps={view.gaps.map((g) => ({ country: g.country, year: g.year, text: tl(`gaps.${g.reason}`) }))}
          targets={view.targets.map(({ label, value, targetYear, appliesTo }) => ({
            label,
            value,
            targetYear,
            appliesTo,
          }))}
          annotations={annotations}
          currency={<DataCurrency newest={view.newest} locale={locale} />}
          serverView={serverView}
          outlook={view.outlook && { ...view.outlook, datasetNames }}
          outlookSources={view.outlookSources && { ...view.outlookSources, datasetNames }}
          revisions={
            view.revisions && {
              ...view.revisions,
              definitions: Object.fromEntries(
                view.revisions.rows.map((r) => [r.edition.definition, definitionLabel(tl, r.edition.definition)]),
              ),
            }
          }
          previous={
            view.previous && {
              label: view.previous.edition.label,
              note:
                view.previous.edition.definition === dataset.definition
                  ? tl("revisions.previousNote", { edition: view.previous.edition.label })
                  : tl("revisions.previousNoteBasis", {
                      edition: view.previous.edition.label,
                      definition: definitionLabel(tl, view.previous.edition.definition),
                    }),
              figures: view.previous.points?.map(toFigure) ?? null,
            }
          }
          cite={{
            dataset: { slug: dataset.slug, name: dataset.name, publisher: dataset.publisher },
            edition: view.citedEdition,
          }}
          computedShares={
            view.definitions && state.view !== "definitions" ? (
              <ComputedSharesTable shares={view.definitions.shares} locale={locale} />
            ) : null
          }
        />
      </WithViewMessages>
    </>
  );
}

/** The outlook's messages for the browser, on the pages it may be drawn from (the outlook's, path's and table's). */
function WithViewMessages({ outlook, children }: { outlook: boolean; children: ReactNode }) {
  return outlook ? <OutlookMessages>{children}</OutlookMessages> : children;
}
