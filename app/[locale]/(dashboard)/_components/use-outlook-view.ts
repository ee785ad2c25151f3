"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { DashboardState } from "@/lib/dashboard/state/url-state";
import {
  basisFiguresFor,
  type JapanScenarioInputs,
  type OutlookBases,
  outlookFacts,
} from "@/lib/dashboard/view/outlook-inputs";
import { outlookView, outlookWithRebuild } from "@/lib/dashboard/view/outlook-view";
import type { OutlookProps, ServerOutlookProps } from "./outlook-section";
import { sameOutlook } from "./use-dashboard-state";
import type { OutlookFigures } from "./use-outlook-figures";

/** What the browser draws the outlook from: its bases (editions named), Japan's nominal series, datasets' names. */
export type OutlookSourcesProps = OutlookBases & {
  japan: JapanScenarioInputs | null;
  datasetNames: Record<string, string>;
};

/**
 * The outlook for `state`: the server's own while the selection is the one it built (a scenario change rebuilds it
 * from the server's facts), else built here from the bases' figures the browser holds, through the same pure
 * functions as the server. Null outside the outlook, or before those figures are here.
 */
export function useOutlookView(
  initial: DashboardState,
  server: ServerOutlookProps | null,
  sources: OutlookSourcesProps | null,
  state: DashboardState,
  figures: OutlookFigures | null,
  names: ReadonlyMap<string, string>,
): OutlookProps | null {
  const t = useTranslations("outlook");
  const locale = useLocale();
  const fromServer = server !== null && sameOutlook(initial, state);
  const { view, countries, from, scenarioCountry } = state;
  // built per selection, at the default rates: a scenario change then redraws only the chart and the calculator
  const built = useMemo(() => {
    if (view !== "outlook" || fromServer || !figures || !sources) return null;
    const { core, other } = basisFiguresFor(figures.core, figures.other, countries);
    const facts = outlookFacts({ countries, from }, core, other, sources.japan);
    const asked = { scenarioCountry, gdpGrowth: null, spendingGrowth: null };
    const first = outlookView(facts, asked, names, (key, values) => t(key, values), locale);
    return { ...outlookWithRebuild(first, facts), datasetNames: sources.datasetNames, builtFor: asked };
  }, [view, fromServer, figures, sources, countries, from, scenarioCountry, names, t, locale]);
  if (view !== "outlook") return null;
  return fromServer ? { ...server, builtFor: initial } : built;
}
