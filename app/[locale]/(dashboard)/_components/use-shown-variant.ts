"use client";

import { useSyncExternalStore } from "react";
import type { ChartBoxName } from "@/lib/dashboard/geometry/chart-box";

/** globals.css shows the narrow drawing up to this width, the wide one above it */
const NARROW = "(max-width: 600px)";

let printing = false;

function subscribe(changed: () => void): () => void {
  const narrow = window.matchMedia(NARROW);
  const print = (on: boolean) => () => ((printing = on), changed());
  const before = print(true);
  const after = print(false);
  narrow.addEventListener("change", changed);
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  return () => {
    narrow.removeEventListener("change", changed);
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
  };
}

const shown = (): ChartBoxName | null => (printing ? null : window.matchMedia(NARROW).matches ? "narrow" : "wide");

/**
 * The chart drawing the screen shows (each chart is in the page twice, for phones and wider screens, and CSS shows
 * one); null for both: on the server, while hydrating, and while printing (the page's width is then another).
 */
export function useShownVariant(): ChartBoxName | null {
  return useSyncExternalStore(subscribe, shown, () => null);
}
