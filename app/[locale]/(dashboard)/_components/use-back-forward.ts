"use client";

import { useEffect, useEffectEvent } from "react";
import { type DashboardState, parseState } from "@/lib/dashboard/state/url-state";

const DASHBOARD_PATH = /^\/(?:[a-z]{2}\/?)?$/;

/**
 * Calls `restore` with the dashboard state the URL names on Back and Forward, and once on mount (a page restored
 * with another URL than it was rendered for).
 */
export function useBackForward(
  known: { datasets: string[]; countries: string[]; newestYears: Record<string, number> },
  restore: (state: DashboardState) => void,
) {
  const onRestore = useEffectEvent(restore);
  useEffect(() => {
    const sync = () => {
      if (!DASHBOARD_PATH.test(window.location.pathname)) return;
      onRestore(
        parseState(Object.fromEntries(new URLSearchParams(window.location.search)), {
          datasets: known.datasets,
          countries: new Set(known.countries),
          newestYears: known.newestYears,
        }),
      );
    };
    sync();
    window.addEventListener("popstate", sync);
    return () => window.removeEventListener("popstate", sync);
  }, [known]);
}
