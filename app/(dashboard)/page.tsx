import type { Metadata } from "next";
import Link from "next/link";
import { type SearchParams, serializeState, type View } from "@/lib/dashboard/url-state";
import { chartEvents, japanGoal, rankingLines, referenceLines } from "@/lib/dashboard/annotations";
import { getDashboardView } from "@/lib/queries/get-dashboard-view";
import { Controls } from "./_components/controls";
import { DataTable } from "./_components/data-table";
import { Downloads } from "./_components/downloads";
import { DefinitionsChart, PathChart, RankingChart } from "./_components/lazy-charts";
import { TargetTracker } from "./_components/target-tracker";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

const VIEW_LABELS: Record<View, string> = { path: "Path to 2%", ranking: "Ranking", table: "Table", definitions: "Japan by definition" };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // Metadata is optional: if the database is down the page itself shows the error.
  const view = await getDashboardView(await searchParams).catch(() => null);
  if (!view) return {};
  const query = serializeState(view.state);
  const title = `${VIEW_LABELS[view.state.view]}: ${view.state.countries.join(", ")} ${view.state.from}–${view.state.to}`;
  return {
    title,
    description: view.description,
    alternates: { canonical: `/${query}` },
    openGraph: { title, description: view.description, images: [{ url: `/og${query}`, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description: view.description, images: [`/og${query}`] },
  };
}

export default async function DashboardPage({ searchParams }: Props) {
  const view = await getDashboardView(await searchParams);
  if (!view) return <p className="error-box">No data is loaded yet. Start the app with <code>npm start</code>, which loads the shipped datasets.</p>;
  const { state, dataset } = view;
  const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
  const selected = state.countries.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 }));
  const lines = referenceLines(view.targets);
  const edition = `${dataset.publisher}, ${view.edition.label}`;

  return (
    <>
      <h1>Japan&apos;s path from 1% to 2% of GDP, against NATO allies</h1>
      <p className="lede" id="chart-description">{view.description}</p>
      <div className="layout">
        <Controls
          state={state}
          pinnedQuery={serializeState({ ...state, edition: view.edition.id })}
          countries={view.countries}
          datasets={view.datasets.map((d) => ({ slug: d.slug, name: d.name, edition: d.currentEdition!.label }))}
        />
        <section aria-label="Views">
          <nav className="tabs" aria-label="Views">
            {(Object.keys(VIEW_LABELS) as View[]).map((v) => (
              <Link key={v} href={`/${serializeState({ ...state, view: v })}`} aria-current={state.view === v ? "page" : undefined} scroll={false}>
                {VIEW_LABELS[v]}
              </Link>
            ))}
          </nav>
          <p className="note">
            {dataset.name} · definition: {dataset.definition} · edition {view.edition.label} · <Link href={`/sources#${dataset.slug}`}>source and caveats</Link>
          </p>
          {view.newerEdition && (
            <p className="banner" role="status">
              This link is pinned to edition “{view.edition.label}”. A newer edition (“{view.newerEdition}”) is current:{" "}
              <Link href={`/${serializeState({ ...state, edition: null })}`}>view the current data</Link>.
            </p>
          )}
          {view.missing.length > 0 && state.view !== "ranking" && state.view !== "definitions" && (
            <p className="note" role="status">
              No figures in {dataset.name} for {view.missing.map((c) => names.get(c) ?? c).join(", ")} in {state.from}–{state.to}
              {view.missing.includes("JPN") && dataset.definition === "NATO" ? " (NATO publishes figures for allies only; see “Japan by definition”)" : ""}.
            </p>
          )}
          <Downloads query={serializeState(state)} name={`defense-share-of-gdp-${state.view}-${dataset.slug}-${state.from}-${state.to}`} chartId="chart" />
          <div id="chart">
          {state.view === "path" && (
            <>
              <PathChart
                points={view.points}
                countries={selected}
                from={state.from}
                to={state.to}
                lines={lines}
                japanGoal={japanGoal(view.targets)}
                events={chartEvents()}
                edition={edition}
                description={view.description}
              />
              <TargetTracker rows={view.tracker} names={names} />
            </>
          )}
          {state.view === "ranking" && view.ranking && (
            <>
              <h2>
                {dataset.name}, {view.ranking.year}: {view.ranking.ranked.length} countries ·{" "}
                {rankingLines(view.targets).map((l) => `${view.ranking!.meeting[l]} at or above ${l}%`).join(" · ")}
              </h2>
              <RankingChart
                ranked={view.ranking.ranked}
                lines={rankingLines(view.targets).map((value) => ({ value, label: `${value}%` }))}
                highlight={state.countries}
                description={`Ranking of ${view.ranking.ranked.length} countries by defense spending as a share of GDP in ${view.ranking.year}; ${view.ranking.meeting[2]} at or above 2%.`}
              />
              <p className="note">
                Faded bars with dashed outlines are estimates.
                {view.ranking.ranked.some((r) => r.country.endsWith("*")) && ` Countries marked (SIPRI) are not in ${dataset.name}; their figure is SIPRI's for the same year, a different definition.`}
                {view.ranking.absent.length > 0 && ` No ${view.ranking.year} figure in ${dataset.name} or SIPRI for ${view.ranking.absent.join(", ")}.`}
              </p>
              <p className="note chips">Years: <YearLinks state={state} /></p>
            </>
          )}
          {state.view === "ranking" && !view.ranking && <p>No figures in this range.</p>}
          {state.view === "table" && <DataTable points={view.points} countries={selected} from={state.from} to={state.to} />}
          {state.view === "definitions" && (
            <>
              <DefinitionsChart
                lines={lines.filter((l) => l.value <= 2)}
                series={view.definitions.map((d) => ({ slug: d.dataset.slug, name: d.dataset.name, points: d.points }))}
                from={state.from}
                to={state.to}
                description="Japan's defense spending as a share of GDP under each definition: Ministry of Defense budget, defense plus security-related spending, and SIPRI."
              />
              <ul className="note">
                {view.definitions.map((d) => (
                  <li key={d.dataset.slug}><strong>{d.dataset.name}</strong> ({d.dataset.currentEdition!.label}): {d.dataset.description}</li>
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

function YearLinks({ state }: { state: Parameters<typeof serializeState>[0] }) {
  const years = Array.from({ length: state.to - state.from + 1 }, (_, i) => state.from + i);
  return (
    <>
      {years.map((y) => (
        <Link key={y} href={`/${serializeState({ ...state, year: y })}`} scroll={false} style={{ marginRight: "0.4rem" }}>{y}</Link>
      ))}
    </>
  );
}
