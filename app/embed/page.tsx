import type { Metadata } from "next";
import { type SearchParams, serializeState } from "@/lib/dashboard/url-state";
import { chartEvents, japanGoal, referenceLines } from "@/lib/dashboard/annotations";
import { getDashboardView } from "@/lib/queries/get-dashboard-view";
import { PathChart } from "../(dashboard)/_components/lazy-charts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Embedded chart", robots: { index: false } };

/** The path chart alone, for iframes: same URL state as the dashboard. */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = await getDashboardView(await searchParams);
  if (!view) return <p>No data loaded.</p>;
  const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
  return (
    <main style={{ padding: 8, maxWidth: "none" }}>
      <PathChart
        points={view.points}
        countries={view.state.countries.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 }))}
        from={view.state.from}
        to={view.state.to}
        lines={referenceLines(view.targets)}
        japanGoal={japanGoal(view.targets)}
        events={chartEvents()}
        edition={`${view.dataset.publisher}, ${view.edition.label}`}
        description={view.description}
      />
      <p className="note">
        {view.dataset.name}, edition {view.edition.label}. <a href={`/${serializeState(view.state)}`} target="_top">Open in the dashboard</a>
      </p>
    </main>
  );
}
