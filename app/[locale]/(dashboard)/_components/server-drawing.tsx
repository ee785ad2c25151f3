"use client";

import { type ComponentType, useEffect, useRef, useState } from "react";
import { loadDrawings } from "./drawings";
import { onIdle } from "./on-idle";

// One object for every render: React rewrites an element's innerHTML only when this prop changes, so the server's
// markup inside stays as it is.
const KEEP = { __html: "" };
// false until the page's first hydration has committed: a drawing rendered after that is new, never the server's
let hydrated = false;

const sameProps = (a: object, b: object) => {
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
};

interface Props<P> {
  /** draws the SVG (from drawings.tsx: its code is loaded when the page is idle, not with the page) */
  component: ComponentType<P>;
  props: P;
}

/**
 * A chart drawing the server put into the HTML, left as it is by hydration: React claims the element without walking
 * its SVG, so making the page interactive needs neither the drawing's elements nor its code. The browser draws it
 * itself once its props differ from the ones it was hydrated with (the reader changed the view), when it mounts
 * after hydration (a client navigation), or when hydration fell back to a client render and left it empty.
 */
export function ServerDrawing<P extends object>({ component: Drawing, props }: Props<P>) {
  const ref = useRef<HTMLDivElement>(null);
  const [kept, setKept] = useState<P | null>(() => (hydrated ? null : props));
  useEffect(() => {
    hydrated = true;
    if (ref.current?.childElementCount === 0) setKept(null);
    return onIdle(() => void loadDrawings().catch(() => null), 5000);
  }, []);
  const keep = kept !== null && sameProps(kept, props);
  if (kept !== null && !keep) setKept(null);
  if (keep && typeof window !== "undefined") return <div ref={ref} className="drawing" dangerouslySetInnerHTML={KEEP} suppressHydrationWarning />;
  return (
    <div ref={ref} className="drawing">
      <Drawing {...props} />
    </div>
  );
}
