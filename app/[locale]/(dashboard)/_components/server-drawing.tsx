"use client";

import { type ComponentType, useEffect } from "react";
import { loadDrawings } from "./drawings";
import { onIdle } from "./on-idle";
import { ServerMarkup } from "./server-markup";

interface Props<P> {
  /** draws the SVG (from drawings.tsx: its code is loaded when the page is idle, not with the page) */
  component: ComponentType<P>;
  props: P;
}

/**
 * A chart drawing the server put into the HTML, kept by hydration as it is (server-markup.tsx), so making the page
 * interactive needs neither the drawing's elements nor its code; the code is loaded once the page is idle, before
 * a redraw needs it.
 */
export function ServerDrawing<P extends object>({ component, props }: Props<P>) {
  useEffect(() => onIdle(() => void loadDrawings().catch(() => null), 5000), []);
  return <ServerMarkup component={component} props={props} className="drawing" />;
}
