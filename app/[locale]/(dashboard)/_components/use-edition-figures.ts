"use client";

import { useCallback, useEffect, useRef } from "react";
import type { EditionFiguresResponse } from "@/lib/dashboard/series/edition-figures";
import { loadDrawings } from "./drawings";
import { loadEditionFigures } from "./edition-figures-loader";
import { onFirstIntent } from "./on-first-intent";
import { onIdle } from "./on-idle";
import { prefetchScripts } from "./prefetch-scripts";

/**
 * An edition's figures for redrawing in the browser (when `wanted`): requested once the page is idle (one small
 * response), and held, with the drawings' code, from the reader's first pointer, touch, key or focus on the page, so
 * the first toggle is already instant without every reader loading the code. Held outside React's state, so holding
 * them re-renders nothing. `fetchFigures` gets both at once when a toggle comes first.
 */
export function useEditionFigures(dataset: string, edition: number, wanted: boolean, drawingChunks: string[]) {
  const held = useRef<EditionFiguresResponse | null>(null);
  const fetchFigures = useCallback(
    () =>
      Promise.all([loadEditionFigures(dataset, edition), loadDrawings()]).then(([loaded]) => (held.current = loaded)),
    [dataset, edition],
  );
  // the drawings' code into the cache when idle, not run (prefetch-scripts.ts): any first redraw finds it at hand
  useEffect(() => onIdle(() => prefetchScripts(drawingChunks), 3000), [drawingChunks]);
  useEffect(() => {
    if (!wanted) return;
    const cancelIdle = onIdle(() => void loadEditionFigures(dataset, edition).catch(() => null), 3000);
    const cancelIntent = onFirstIntent(() => void fetchFigures().catch(() => null));
    return () => (cancelIdle(), cancelIntent());
  }, [wanted, dataset, edition, fetchFigures]);
  return { held, fetchFigures };
}
