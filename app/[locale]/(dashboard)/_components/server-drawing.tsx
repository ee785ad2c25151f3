"use client";

import { type ComponentType, useEffect } from "react";
import { preloadDrawings } from "./drawings";
import { onIdleAfterLoad } from "./on-idle";
import { ServerMarkup } from "./server-markup";

interface Props<P> {
  /** draws the SVG (from drawings.tsx: its code is loaded once the page has loaded and is idle, not with it) */
  component: ComponentType<P>;
  props: P;
}

/**
 * A chart drawing the server put into the HTML, kept by hydration as it is (server-markup.tsx), so making the page
 * interactive needs neither the drawing's elements nor its code. The code is loaded once the page has loaded and the
 * browser is idle, before a redraw needs it: the first toggle then waits for no network and no script, and the
 * page's load does not pay for it.
 */
export function ServerDrawing<P extends object>({ component, props }: Props<P>) {
  useEffect(() => onIdleAfterLoad(() => void preloadDrawings().catch(() => null), 3000), []);
  return <ServerMarkup component={component} props={props} className="drawing" />;
}
