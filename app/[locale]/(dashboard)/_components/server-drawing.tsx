"use client";

import { type ComponentType, useEffect, useState } from "react";
import type { ChartBoxName } from "@/lib/dashboard/geometry/chart-box";
import { preloadDrawings } from "./drawings";
import { onIdleAfterLoad } from "./on-idle";
import { ServerMarkup } from "./server-markup";
import { useShownVariant } from "./use-shown-variant";

interface Props<P> {
  /** draws the SVG (from drawings.tsx: its code is loaded once the page has loaded and is idle, not with it) */
  component: ComponentType<P>;
  props: P;
  /** which of the chart's drawings this is (CSS shows one, by the screen's width); none: it is always shown */
  variant?: ChartBoxName;
}

/**
 * A chart drawing the server put into the HTML, kept by hydration as it is (server-markup.tsx), so making the page
 * interactive needs neither the drawing's elements nor its code. The code is loaded once the page has loaded and the
 * browser is idle, before a redraw needs it: the first toggle then waits for no network and no script, and the
 * page's load does not pay for it. A drawing the screen hides is not redrawn: it keeps what it shows (or, mounted
 * hidden, shows nothing) until the screen shows it, so a view change draws one chart, not two.
 */
export function ServerDrawing<P extends object>({ component, props, variant }: Props<P>) {
  useEffect(() => onIdleAfterLoad(() => void preloadDrawings().catch(() => null), 3000), []);
  const shown = useShownVariant();
  const visible = variant === undefined || shown === null || shown === variant;
  // what this drawing shows: the props it was last drawn with while visible (while hydrating: the server's)
  const [drawn, setDrawn] = useState(visible ? props : null);
  if (visible && drawn !== props) setDrawn(props);
  const showing = visible ? props : drawn;
  return showing === null ? (
    <div className="drawing" />
  ) : (
    <ServerMarkup component={component} props={showing} className="drawing" />
  );
}
