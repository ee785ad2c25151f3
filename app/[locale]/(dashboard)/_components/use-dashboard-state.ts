"use client";

import { startTransition as inBackground, useCallback, useLayoutEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { EditionFiguresResponse } from "@/lib/dashboard/series/edition-figures";
import { type DashboardState, serializeState, type View } from "@/lib/dashboard/state/url-state";
import type { OutlookBases } from "@/lib/dashboard/view/outlook-inputs";
import { loadDrawings } from "./drawings";
import { useBackForward } from "./use-back-forward";
import { useEditionFigures } from "./use-edition-figures";
import { type OutlookFigures, useOutlookFigures } from "./use-outlook-figures";

/** Views the browser draws from the edition's figures; the ranking and definitions come from the server. */
const LOCAL_VIEWS: readonly View[] = ["path", "table"];

/** The outlook for the selection the server built it for: only its scenario differs, drawn from the server's facts. */
export const sameOutlook = (a: DashboardState, b: DashboardState) =>
  a.view === "outlook" &&
  b.view === "outlook" &&
  a.dataset === b.dataset &&
  a.edition === b.edition &&
  a.countries.join("~") === b.countries.join("~") &&
  a.from === b.from &&
  a.to === b.to;

/**
 * What the browser can draw itself on the page the server rendered for `initial`: the path and table views from the
 * edition's figures (on their own pages), and the outlook from its bases' figures (from those pages and its own).
 */
function drawnHere(initial: DashboardState, next: DashboardState, outlook: boolean): boolean {
  const same = initial.dataset === next.dataset && initial.edition === next.edition;
  if (next.view === "outlook")
    return sameOutlook(initial, next) || (same && outlook && [...LOCAL_VIEWS, "outlook"].includes(initial.view));
  const revision =
    `${initial.revision?.country}-${initial.revision?.year}` === `${next.revision?.country}-${next.revision?.year}`;
  return (
    same &&
    revision &&
    initial.previousEdition === next.previousEdition &&
    LOCAL_VIEWS.includes(initial.view) &&
    LOCAL_VIEWS.includes(next.view)
  );
}

interface Options {
  initial: DashboardState;
  known: { datasets: string[]; countries: string[]; newestYears: Record<string, number> };
  edition: number;
  /** the outlook's bases, when the browser may draw the outlook itself */
  outlook: OutlookBases | null;
}

/**
 * The dashboard's state, in the URL. A change the browser can draw from figures it holds (countries, years, path ↔
 * table) is drawn at once and pushed to history; anything else (another dataset or edition, the ranking, the
 * definitions) is a navigation, rendered by the server. Back and Forward restore either kind.
 */
export function useDashboardState({ initial, known, edition, outlook }: Options) {
  const router = useRouter();
  const [state, setState] = useState(initial);
  // what the reader asked for, shown by the controls at once, while the figures or the server's page are on the way
  const [wanted, setWanted] = useState(initial);
  const [figures, setFigures] = useState<EditionFiguresResponse | null>(null);
  const [outlookFigures, setOutlookFigures] = useState<OutlookFigures | null>(null);
  const [navigating, startTransition] = useTransition();
  const [loading, setLoading] = useState(false);
  const local = useCallback((s: DashboardState) => drawnHere(initial, s, outlook !== null), [initial, outlook]);
  const { held, fetchFigures } = useEditionFigures(initial.dataset, edition, LOCAL_VIEWS.includes(initial.view));
  // once the outlook's figures and code are here, in the background: the path and table views render the outlook
  // hidden ahead of time (live-dashboard.tsx); the outlook's own page renders it once at another rate (warm-up.tsx)
  const [warmOutlook, setWarmOutlook] = useState<"waiting" | "now" | "done">("waiting");
  const warms = initial.view === "outlook";
  const outlookHeld = useOutlookFigures(
    outlook,
    LOCAL_VIEWS.includes(initial.view) || initial.view === "outlook",
    useCallback(
      (held: OutlookFigures) =>
        inBackground(() => {
          setOutlookFigures((shown) => shown ?? held);
          if (warms) setWarmOutlook((w) => (w === "waiting" ? "now" : w));
        }),
      [warms],
    ),
  );
  const outlookWarmed = useCallback(() => setWarmOutlook("done"), []);

  // an event handler, not memoized: it reads the held figures at the moment it runs
  const show = (next: DashboardState, history: "push" | "none") => {
    const apply = () => {
      setFigures(held.current);
      setOutlookFigures(outlookHeld.held.current);
      setState(next);
      if (history === "push") window.history.pushState(null, "", `${window.location.pathname}${serializeState(next)}`);
    };
    // without the figures (another view, or their request failed) the server renders the view
    const fromServer = () => {
      if (history === "push") startTransition(() => router.push(`/${serializeState(next)}`, { scroll: false }));
      else window.location.reload();
    };
    setWanted(next);
    if (!local(next)) return history === "push" && fromServer();
    // the outlook: its scenario from the server's facts, another selection from its bases' figures, once the
    // drawings' code is here (both are, by the time the page has been idle)
    if (next.view === "outlook") {
      const figuresHere = sameOutlook(initial, next) || outlookHeld.held.current !== null;
      const needs = [loadDrawings(), figuresHere ? Promise.resolve() : outlookHeld.fetchOutlook()];
      return void Promise.all(needs).then(apply, fromServer);
    }
    // with the figures at hand, in the same event: the checkbox and the chart change together
    if (held.current) return apply();
    setLoading(true);
    fetchFigures()
      .then(apply, fromServer)
      .finally(() => setLoading(false));
  };

  useBackForward(known, (next) => serializeState(next) !== serializeState(state) && local(next) && show(next, "none"));

  // one function for the page's life, so memoised views (the outlook) skip a render that changes nothing; it calls
  // the latest render's `show`, which reads that render's state
  const showLatest = useRef((next: Partial<DashboardState>) => show({ ...wanted, ...next }, "push"));
  useLayoutEffect(() => {
    showLatest.current = (next) => show({ ...wanted, ...next }, "push");
  });
  const change = useCallback((next: Partial<DashboardState>) => showLatest.current(next), []);
  return {
    state,
    wanted,
    figures,
    outlookFigures,
    warmOutlook: warmOutlook === "now" ? outlookWarmed : null,
    change,
    pending: navigating || loading,
  };
}
