"use client";

import { useCallback, useEffect, useRef } from "react";
import type { EditionFiguresResponse } from "@/lib/dashboard/series/edition-figures";
import { loadDrawings, preloadDrawings } from "./drawings";
import { loadEditionFigures } from "./edition-figures-loader";
import { onIdleAfterLoad } from "./on-idle";

/**
 * An edition's figures for redrawing in the browser (when `wanted`): requested, with the drawings' code, once the
 * page has loaded and the browser is idle (one small response and ≈40 KB of scripts), and held, so that the first
 * toggle is as instant as the next ones. Held outside React's state, so holding them re-renders nothing.
 * `fetchFigures` gets both at once when a toggle comes first.
 */
export function useEditionFigures(dataset: string, edition: number, wanted: boolean) {
  const held = useRef<EditionFiguresResponse | null>(null);
  const fetchFigures = useCallback(
    () =>
      Promise.all([loadEditionFigures(dataset, edition), loadDrawings()]).then(([loaded]) => (held.current = loaded)),
    [dataset, edition],
  );
  useEffect(() => {
    if (!wanted) return;
    return onIdleAfterLoad(() => {
      void loadEditionFigures(dataset, edition).catch(() => null);
      void preloadDrawings()
        .then(fetchFigures)
        .catch(() => null);
    }, 3000);
  }, [wanted, dataset, edition, fetchFigures]);
  return { held, fetchFigures };
}
