"use client";

import { useCallback, useEffect, useRef } from "react";
import type { EditionFiguresResponse } from "@/lib/dashboard/edition-figures";
import { loadDrawings } from "./drawings";
import { loadEditionFigures } from "./edition-figures-loader";
import { onIdle } from "./on-idle";

/**
 * An edition's figures for redrawing in the browser: fetched once the page is idle (when `wanted`), with the
 * drawings' code, so the first toggle is already instant, and held outside React's state, so fetching them
 * re-renders nothing. `fetchFigures` gets them at once when a toggle comes first.
 */
export function useEditionFigures(dataset: string, edition: number, wanted: boolean) {
  const held = useRef<EditionFiguresResponse | null>(null);
  const fetchFigures = useCallback(() => Promise.all([loadEditionFigures(dataset, edition), loadDrawings()]).then(([loaded]) => (held.current = loaded)), [dataset, edition]);
  useEffect(() => {
    if (wanted) return onIdle(() => void fetchFigures().catch(() => null), 3000);
  }, [wanted, fetchFigures]);
  return { held, fetchFigures };
}
