"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo, useMemo } from "react";
import { CHART_BOXES, type ChartBoxName } from "@/lib/dashboard/geometry/chart-box";
import { HAGUE_PLEDGE_YEAR } from "@/lib/dashboard/outlook/straight-path";
import { ON_PATH_TOLERANCE } from "@/lib/dashboard/outlook/standing";
import type { DashboardState } from "@/lib/dashboard/state/url-state";
import { formats } from "@/lib/dashboard/text/format";
import { type OutlookRebuild, type OutlookView, outlookView } from "@/lib/dashboard/view/outlook-view";
import { DeclaredPlansList } from "./declared-plans-list";
import { OutlookDrawing } from "./drawings";
import { OutlookStandings } from "./outlook-standings";
import { ScenarioCalculator } from "./scenario-calculator";
import { ServerDrawing } from "./server-drawing";
import { ServerMarkup } from "./server-markup";

type Scenario = Pick<DashboardState, "scenarioCountry" | "gdpGrowth" | "spendingGrowth">;

/** The outlook as the server built it for the first HTML. */
export interface ServerOutlookProps {
  /** the view for a selection and scenario */
  view: OutlookView;
  /** what the browser needs to build it again for another scenario */
  rebuild: OutlookRebuild;
  /** dataset slug → its name in the reader's language */
  datasetNames: Record<string, string>;
}

export interface OutlookProps extends ServerOutlookProps {
  /** the scenario `view` was built for */
  builtFor: Scenario;
}

interface Props extends OutlookProps {
  state: DashboardState;
  names: Map<string, string>;
  onChange: (next: Partial<DashboardState>) => void;
}

const VARIANTS = Object.keys(CHART_BOXES) as ChartBoxName[];
const sameScenario = (a: Scenario, b: Scenario) =>
  a.scenarioCountry === b.scenarioCountry && a.gdpGrowth === b.gdpGrowth && a.spendingGrowth === b.spendingGrowth;

/**
 * The outlook: the headline, each country's figures against the straight path to 3.5% core defence in 2035 with its
 * declared plans, and the scenario calculator. A scenario change is drawn here, from the facts `view` was built from.
 */
export const OutlookSection = memo(function OutlookSection({
  view: first,
  rebuild,
  datasetNames,
  builtFor,
  state,
  names,
  onChange,
}: Props) {
  const t = useTranslations("outlook");
  const locale = useLocale();
  const f = formats(locale);
  const fresh = sameScenario(state, builtFor);
  const view = useMemo(
    () => (fresh ? first : outlookView(rebuild, state, names, (key, values) => t(key, values), locale)),
    [fresh, first, rebuild, state, names, t, locale],
  );
  // a scenario changes only the scenario: the countries' standings and plans stay as first drawn (the same objects,
  // so ServerMarkup keeps their markup and a scenario change redraws the chart and the calculator)
  const countries = first.countries;
  const named = useMemo(() => Object.fromEntries(names), [names]);
  const shown = useMemo(
    () => countries.filter((c) => c.latest).map((c) => ({ iso3: c.country, name: named[c.country] ?? c.country })),
    [countries, named],
  );
  const years = useMemo(() => {
    const newest = Math.max(HAGUE_PLEDGE_YEAR, ...countries.flatMap((c) => c.standings.map((s) => s.year)));
    return Array.from({ length: newest - HAGUE_PLEDGE_YEAR + 1 }, (_, i) => HAGUE_PLEDGE_YEAR + i);
  }, [countries]);
  const target = { target: f.target(view.target.value), targetYear: f.year(view.target.year) };
  const straight = t("key.straight", target);
  // one array while its texts are the same, so a render that changes nothing redraws nothing
  const keyNotes = useMemo(
    () => [
      { mark: "┈", text: straight },
      { mark: "◇", text: t("key.plan") },
      { mark: "─·", text: t("key.scenario") },
    ],
    [straight, t],
  );
  const bases = basisNotes(view, named, datasetNames, t, f.list);
  return (
    <div className="outlook">
      <p className="outlook-headline">
        <strong>
          {view.headline
            ? t("headline", {
                ...target,
                count: view.headline.onOrAhead,
                judged: view.headline.judged,
                year: f.year(view.headline.year),
              })
            : t("noHeadline", target)}
        </strong>
      </p>
      {view.headline && (
        <p className="note">
          {t("headlineNote", {
            ...target,
            edition: view.headline.basis.edition.label,
            tolerance: f.figure(ON_PATH_TOLERANCE),
          })}
        </p>
      )}
      {bases.map((b) => (
        <p key={b} className="note outlook-basis">
          {b}
        </p>
      ))}
      <figure className="path-figure outlook-figure">
        {VARIANTS.map((name) => (
          <div key={name} className={`chart-variant ${name}`}>
            <ServerDrawing
              component={OutlookDrawing}
              variant={name}
              props={{
                view,
                from: state.from,
                names: shown,
                description: view.description,
                keyNotes,
                box: CHART_BOXES[name],
              }}
            />
          </div>
        ))}
        <figcaption className="note">{t("caption", { ...target, total: f.target(view.total.value) })}</figcaption>
      </figure>
      <ServerMarkup
        component={OutlookStandings}
        props={{ countries, names: named, datasetNames, target: first.target, years }}
      />
      {view.scenario && (
        <ScenarioCalculator
          scenario={view.scenario}
          target={view.target}
          countries={shown}
          state={state}
          onChange={onChange}
        />
      )}
      <ServerMarkup component={DeclaredPlansList} props={{ countries, names: named }} />
    </div>
  );
});

/** Which countries are judged on which basis, said once per basis. */
function basisNotes(
  view: OutlookView,
  names: Record<string, string>,
  datasetNames: Record<string, string>,
  t: ReturnType<typeof useTranslations<"outlook">>,
  list: (items: string[]) => string,
): string[] {
  const groups = new Map<string, { core: boolean; dataset: string; edition: string; countries: string[] }>();
  for (const c of view.countries) {
    const key = `${c.basis.dataset}:${c.basis.edition.id}`;
    const group = groups.get(key) ?? {
      core: c.basis.core,
      dataset: c.basis.dataset,
      edition: c.basis.edition.label,
      countries: [],
    };
    group.countries.push(names[c.country] ?? c.country);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) =>
    g.core
      ? t("basisCore", { countries: list(g.countries), edition: g.edition })
      : t("basisOther", {
          countries: list(g.countries),
          dataset: datasetNames[g.dataset] ?? g.dataset,
          edition: g.edition,
        }),
  );
}
