"use client";

import { useCallback, useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { EditionFiguresResponse } from "@/lib/dashboard/series/edition-figures";
import { type DashboardState, serializeState, type View } from "@/lib/dashboard/state/url-state";
import { loadDrawings } from "./drawings";
import { useBackForward } from "./use-back-forward";
import { useEditionFigures } from "./use-edition-figures";

/** Views the browser draws from the edition's figures; the ranking and definitions come from the server. */
const LOCAL_VIEWS: readonly View[] = ["path", "table"];

/** The same figures on the page: the browser can draw the change itself (the outlook: only its scenario may differ). */
function sameFigures(a: DashboardState, b: DashboardState): boolean {
  const same = a.dataset === b.dataset && a.edition === b.edition && a.previousEdition === b.previousEdition;
  const revision = `${a.revision?.country}-${a.revision?.year}` === `${b.revision?.country}-${b.revision?.year}`;
  if (a.view === "outlook" || b.view === "outlook")
    return (
      same && a.view === b.view && a.countries.join("~") === b.countries.join("~") && a.from === b.from && a.to === b.to
    );
  return same && revision && LOCAL_VIEWS.includes(a.view) && LOCAL_VIEWS.includes(b.view);
}

interface Options {
  initial: DashboardState;
  known: { datasets: string[]; countries: string[]; newestYears: Record<string, number> };
  edition: number;
}

/**
 * The dashboard's state, in the URL. A change the browser can draw from figures it holds (countries, years, path ↔
 * table) is drawn at once and pushed to history; anything else (another dataset or edition, the ranking, the
 * definitions) is a navigation, rendered by the server. Back and Forward restore either kind.
 */
export function useDashboardState({ initial, known, edition }: Options) {
  const router = useRouter();
  const [state, setState] = useState(initial);
  // what the reader asked for, shown by the controls at once, while the figures or the server's page are on the way
  const [wanted, setWanted] = useState(initial);
  const [figures, setFigures] = useState<EditionFiguresResponse | null>(null);
  const [navigating, startTransition] = useTransition();
  const [loading, setLoading] = useState(false);
  const local = useCallback((s: DashboardState) => sameFigures(initial, s), [initial]);
  const { held, fetchFigures } = useEditionFigures(initial.dataset, edition, LOCAL_VIEWS.includes(initial.view));

  // an event handler, not memoized: it reads the held figures at the moment it runs
  const show = (next: DashboardState, history: "push" | "none") => {
    const apply = () => {
      setFigures(held.current);
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
    // the outlook's scenario: drawn from what the page holds, once the drawings' code is here
    if (next.view === "outlook") return void loadDrawings().then(apply, fromServer);
    // with the figures at hand, in the same event: the checkbox and the chart change together
    if (held.current) return apply();
    setLoading(true);
    fetchFigures()
      .then(apply, fromServer)
      .finally(() => setLoading(false));
  };

  useBackForward(known, (next) => serializeState(next) !== serializeState(state) && local(next) && show(next, "none"));

  const change = (next: Partial<DashboardState>) => show({ ...wanted, ...next }, "push");
  return { state, wanted, figures, change, pending: navigating || loading };
}
