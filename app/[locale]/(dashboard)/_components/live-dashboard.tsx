"use client";

import { useLocale, useTranslations } from "next-intl";
import { Activity, type ReactNode, useMemo, useState } from "react";
import type { EarlierYears } from "@/lib/dashboard/series/earlier-coverage";
import type { PathView } from "@/lib/dashboard/view/path-view";
import type { Figure, PackedPoints } from "@/lib/dashboard/series/series";
import type { DatedTarget } from "@/lib/dashboard/series/targets";
import { type DashboardState, serializeState } from "@/lib/dashboard/state/url-state";
import { listOf } from "@/lib/dashboard/text/format";
import { Controls } from "./controls";
import { DataTable } from "./data-table";
import { OutlookSection, type ServerOutlookProps } from "./outlook-section";
import { PreviousEditionToggle } from "./previous-edition-toggle";
import { type RevisionsData, RevisionsPanel } from "./revisions-panel";
import { Downloads } from "./downloads";
import { PathChart } from "./path-chart";
import { ServerMarkup } from "./server-markup";
import type { CiteProps } from "./cite-dialog";
import { ShareActions } from "./share-actions";
import { TargetTracker } from "./target-tracker";
import { useDashboardState } from "./use-dashboard-state";
import { useDocumentTitle } from "./use-document-title";
import { useLocalView } from "./use-local-view";
import { type OutlookSourcesProps, useOutlookView } from "./use-outlook-view";
import { ViewNotes } from "./view-notes";
import { ViewTabs } from "./view-tabs";
import { OutlookWarmUp } from "./outlook-warm-up";
import type { Unit } from "@/lib/reference/units";

export interface LiveDashboardProps {
  initial: DashboardState;
  known: { datasets: string[]; countries: string[]; newestYears: Record<string, number> };
  countries: { iso3: string; name: string; groups: string[] }[];
  datasets: { slug: string; name: string }[];
  dataset: { slug: string; name: string; definition: string; definitionLabel: string; publisher: string; unit: Unit };
  edition: { id: number; label: string };
  newerEdition: string | null;
  /** the figures of the first view (the first HTML); later views use the edition's figures, fetched once */
  packed: PackedPoints;
  /** the path and table views of `initial`, as the server computed them */
  firstView: PathView;
  /** SELECTABLE_YEARS as the language writes them */
  yearLabels: string[];
  description: string;
  earlierYears: EarlierYears | null;
  gaps: { country: string; year: number; text: string }[];
  targets: DatedTarget[];
  annotations: {
    lines: { value: number; label: string }[];
    japanGoal: { year: number; value: number; label: string } | null;
    events: { at: number; label: string }[];
  };
  /** drawn by the server: how current the data is; the ranking or definitions view; Japan's computed shares */
  currency: ReactNode;
  serverView: ReactNode;
  computedShares: ReactNode;
  /** the outlook view (view=outlook), as the server built it, and what a scenario change rebuilds it from */
  outlook: ServerOutlookProps | null;
  /** what the browser draws the outlook from for another selection, or from the path and table views */
  outlookSources: OutlookSourcesProps | null;
  /** the table view's `rev=`: how each edition printed one figure */
  revisions: RevisionsData | null;
  /** the publisher's edition before the one shown: its label, and its figures when `prev=1` draws them */
  previous: { label: string; note: string; figures: Figure[] | null } | null;
  /** what a citation of the view names: the dataset as published and the edition shown, as stored */
  cite: CiteProps;
}

/**
 * The state the outlook is drawn for: the one shown while the outlook is, else the last one it was shown with. One
 * object while it names the same view, so showing the outlook drawn ahead of time renders nothing again.
 */
function useOutlookState(state: DashboardState): DashboardState {
  const [last, setLast] = useState(state);
  const drawn = useMemo(() => ({ ...last, view: "outlook" as const }), [last]);
  if (state.view === "outlook" && serializeState(state) !== serializeState(drawn)) setLast(state);
  return drawn;
}

/** The dashboard below its title: controls, views and notes, redrawn in the browser when it holds the figures. */
export function LiveDashboard(props: LiveDashboardProps) {
  const { initial, dataset, edition, annotations } = props;
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const { state, wanted, figures, outlookFigures, warmOutlook, change, pending } = useDashboardState({
    initial,
    known: props.known,
    edition: edition.id,
    outlook: props.outlookSources,
  });
  const { fresh, names, view, selected, breaks, packed } = useLocalView(props, state, figures);
  // the outlook: shown, or rendered hidden ahead of time (React's Activity) once its figures are held, for the
  // selection it was last shown with (at first, the page's), and brought up to date when shown again
  const outlookState = useOutlookState(state);
  const outlook = useOutlookView(initial, props.outlook, props.outlookSources, outlookState, outlookFigures, names);
  const outlookSection = outlook && (
    <OutlookSection {...outlook} state={outlookState} names={names} onChange={change} />
  );
  const local = state.view === "path" || state.view === "table";
  const shownHere = serializeState(state) !== serializeState(initial);
  const description =
    local && !fresh
      ? view.description
      : state.view === "outlook" && outlook && shownHere
        ? outlook.view.description
        : props.description;
  useDocumentTitle(!shownHere, state, names);

  return (
    <>
      <p className="lede" id="chart-description">
        {description}
      </p>
      <div className="layout">
        <Controls
          state={wanted}
          pending={pending}
          onChange={change}
          pinnedQuery={serializeState({ ...state, edition: edition.id })}
          countries={props.countries}
          datasets={props.datasets}
          yearLabels={props.yearLabels}
        >
          {props.currency}
        </Controls>
        <section aria-label={t("viewsLabel")} aria-busy={pending}>
          <ViewTabs state={state} onChange={change} />
          <ViewNotes
            state={state}
            dataset={dataset}
            edition={edition}
            newerEdition={props.newerEdition}
            earlier={local ? view.earlier : null}
            missing={local ? view.missing : []}
            names={names}
            yearLabels={props.yearLabels}
            onChange={change}
          />
          <div id="chart">
            {state.view === "path" && (
              <PathChart
                packed={packed}
                countries={selected}
                from={state.from}
                to={state.to}
                lines={annotations.lines}
                japanGoal={annotations.japanGoal}
                events={annotations.events}
                edition={listOf([dataset.publisher, edition.label], locale)}
                description={description}
                breaks={breaks}
                unit={dataset.unit}
                previous={
                  state.previousEdition && props.previous?.figures
                    ? { note: props.previous.note, figures: props.previous.figures }
                    : null
                }
              />
            )}
            {state.view === "path" && props.previous && (
              <PreviousEditionToggle state={state} label={props.previous.label} onChange={change} />
            )}
            {state.view === "table" && (
              <>
                <DataTable
                  packed={packed}
                  countries={selected}
                  from={state.from}
                  to={state.to}
                  breaks={breaks}
                  gaps={view.gaps}
                  unit={dataset.unit}
                />
                {state.countries.includes("JPN") && props.computedShares}
                <RevisionsPanel
                  revisions={props.revisions}
                  state={state}
                  countries={props.countries}
                  onChange={change}
                />
              </>
            )}
            {outlookSection &&
              (initial.view === "outlook" ? (
                // the outlook's own page: drawn by the server, hydrated with the page (an Activity would hydrate later)
                outlookSection
              ) : (
                <Activity mode={state.view === "outlook" ? "visible" : "hidden"}>{outlookSection}</Activity>
              ))}
            {!local && state.view !== "outlook" && props.serverView}
          </div>
          {/* under the chart, as the chart's own actions; the tracker reads on below them */}
          <Downloads
            query={serializeState(state)}
            name={`defense-${dataset.unit === "percent_of_gdp" ? "share-of-gdp" : "spending"}-${state.view}-${dataset.slug}-${state.from}-${state.to}`}
            chartId="chart"
          />
          <ShareActions state={state} names={names} edition={edition} cite={props.cite} />
          {warmOutlook && (
            <OutlookWarmUp {...props} state={state} figures={outlookFigures} names={names} onDone={warmOutlook} />
          )}
          {state.view === "path" && (dataset.unit === "percent_of_gdp" || view.tracker[0]?.targets.length) ? (
            <ServerMarkup component={TargetTracker} props={{ rows: view.tracker, names, unit: dataset.unit }} />
          ) : null}
        </section>
      </div>
    </>
  );
}
