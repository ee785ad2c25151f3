"use client";

import { type ReactNode, Suspense, useEffect, useState } from "react";
import { createPortal } from "react-dom";

/**
 * Renders a view once, into an element outside the document (no layout, nothing on the page twice), and is dropped
 * as soon as that render is committed (`onDone`): the view's code is then compiled and its messages parsed while the
 * browser is idle, so the reader's first switch to it costs what the next ones do. Mount it in a transition, which
 * React renders in short slices: it never blocks the page. Client-only: mount it after hydration.
 */
export function WarmUp({ children, onDone }: { children: ReactNode; onDone: () => void }) {
  const [detached] = useState(() => document.createElement("div"));
  useEffect(onDone, [onDone]);
  return createPortal(<Suspense fallback={null}>{children}</Suspense>, detached);
}
