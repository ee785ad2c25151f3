"use client";

import { type ComponentType, useEffect } from "react";
import { loadDrawings } from "./drawings";
import { onFirstIntent } from "./on-first-intent";
import { ServerMarkup } from "./server-markup";

interface Props<P> {
  /** draws the SVG (from drawings.tsx: its code is loaded when the reader first reaches for the page, not with it) */
  component: ComponentType<P>;
  props: P;
}

/**
 * A chart drawing the server put into the HTML, kept by hydration as it is (server-markup.tsx), so making the page
 * interactive needs neither the drawing's elements nor its code. The code is loaded at the reader's first pointer,
 * touch, key or focus on the page (on-first-intent.ts), before a redraw needs it: a reader who only reads never loads
 * it, and the page's load does not pay for it (docs/PERFORMANCE.md, "Issue 12: fourth pass").
 */
export function ServerDrawing<P extends object>({ component, props }: Props<P>) {
  useEffect(() => onFirstIntent(() => void loadDrawings().catch(() => null)), []);
  return <ServerMarkup component={component} props={props} className="drawing" />;
}
