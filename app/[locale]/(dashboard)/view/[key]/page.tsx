import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pathAnnotations, rankingLines } from "@/lib/dashboard/annotations";
import { formats } from "@/lib/dashboard/format";
import { datasetName, definitionLabel } from "@/lib/dashboard/labels";
import { packPoints, toFigure } from "@/lib/dashboard/series";
import { type DashboardState, serializeState, type View, VIEWS } from "@/lib/dashboard/url-state";
import { getDashboardViewForKey } from "@/lib/queries/get-dashboard-view";
import { Controls } from "../../_components/controls";
import { DataTable } from "../../_components/data-table";
import { Downloads } from "../../_components/downloads";
import { DefinitionsChart, PathChart, RankingChart } from "../../_components/lazy-charts";
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
  const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
  const title = `${t(`views.${view.state.view}`)}: ${view.state.countries.map((c) => names.get(c) ?? c).join(", ")} ${f.year(view.state.from)}–${f.year(view.state.to)}`;
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
  const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
  const selected = state.countries.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 }));
  const annotations = pathAnnotations(view.targets, tl, locale);
  const name = datasetName(tl, dataset.slug, dataset.name);
  const edition = `${dataset.publisher}, ${view.edition.label}`;
  const href = (next: Partial<DashboardState>) => `/${serializeState({ ...state, ...next })}`;

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
        />
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
          {view.missing.length > 0 && state.view !== "ranking" && state.view !== "definitions" && (
            <p className="note" role="status">
              {t("missing", { dataset: name, countries: view.missing.map((c) => names.get(c) ?? c).join(", "), from: f.year(state.from), to: f.year(state.to) })}
              {view.missing.includes("JPN") && dataset.definition === "NATO" ? ` ${t("natoAlliesOnly")}` : ""}
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
                />
                <TargetTracker rows={view.tracker} names={names} />
              </>
            )}
            {state.view === "ranking" && view.ranking && (
              <>
                <h2>
                  {t("rankingHeading", { dataset: name, year: f.year(view.ranking.year), count: view.ranking.ranked.length })} ·{" "}
                  {rankingLines(view.targets).map((l) => t("atOrAbove", { count: view.ranking!.meeting[l] ?? 0, line: f.target(l) })).join(" · ")}
                </h2>
                <RankingChart
                  ranked={view.ranking.ranked.map((r) => ({ country: r.country, value: r.value, status: r.status, rank: r.rank, name: r.country.endsWith("*") ? t("viaSipri", { country: names.get(r.country.slice(0, 3)) ?? r.country }) : (names.get(r.country) ?? r.name) }))}
                  lines={rankingLines(view.targets).map((value) => ({ value, label: f.target(value) }))}
                  highlight={state.countries}
                  description={t("rankingDescription", { count: view.ranking.ranked.length, year: f.year(view.ranking.year), meeting: view.ranking.meeting[2] ?? 0 })}
                />
                <p className="note">
                  {t("estimatesFaded")}
                  {view.ranking.ranked.some((r) => r.country.endsWith("*")) && ` ${t("sipriComparators", { dataset: name })}`}
                  {view.ranking.absent.length > 0 && ` ${t("absent", { year: f.year(view.ranking.year), dataset: name, countries: view.ranking.absent.join(", ") })}`}
                  {view.ranking.unranked.length > 0 && ` ${t("notRanked", { year: f.year(view.ranking.year), dataset: name, countries: view.ranking.unranked.join(", ") })}`}
                </p>
                <p className="note chips">
                  {t("years")}{" "}
                  {Array.from({ length: state.to - state.from + 1 }, (_, i) => state.from + i).map((y) => (
                    <Link key={y} href={href({ year: y })} scroll={false} style={{ marginInlineEnd: "0.4rem" }}>{f.year(y)}</Link>
                  ))}
                </p>
              </>
            )}
            {state.view === "ranking" && !view.ranking && <p>{t("noFiguresInRange")}</p>}
            {state.view === "table" && <DataTable packed={packPoints(view.points)} countries={selected} from={state.from} to={state.to} />}
            {state.view === "definitions" && (
              <>
                <DefinitionsChart
                  lines={annotations.lines.filter((l) => l.value <= 2)}
                  series={view.definitions.map((d) => ({ slug: d.dataset.slug, name: datasetName(tl, d.dataset.slug, d.dataset.name), points: d.points.map(toFigure) }))}
                  from={state.from}
                  to={state.to}
                  description={t("definitionsDescription")}
                />
                <ul className="note">
                  {view.definitions.map((d) => (
                    <li key={d.dataset.slug}>
                      <strong>{datasetName(tl, d.dataset.slug, d.dataset.name)}</strong> ({d.dataset.currentEdition!.label}): {d.dataset.description}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </section>
      </div>
    </>
  );
}
