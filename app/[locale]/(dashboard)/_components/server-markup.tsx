"use client";

import { type ComponentType, useEffect, useRef, useState } from "react";

// One object for every render: React rewrites an element's innerHTML only when this prop changes, so the server's
// markup inside stays as it is.
const KEEP = { __html: "" };
// false until the page's first hydration has committed: markup rendered after that is new, never the server's
let hydrated = false;

const sameProps = (a: object, b: object) => {
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
};

export interface ServerMarkupProps<P> {
  component: ComponentType<P>;
  props: P;
  /** the element that holds the markup: a span inside phrasing content (a summary, a legend, a caption) */
  as?: "div" | "span";
  /** of the element that holds the markup */
  className?: string;
}

/**
 * Part of the page the server rendered, left as it is by hydration: React claims the element without walking what
 * is inside, so making the page interactive needs neither those elements nor the work that made them (a drawing's
 * geometry, a table's number formatting). The browser renders it itself once its props differ from the ones it was
 * hydrated with (the reader changed the view), when it mounts after hydration (a client navigation), or when
 * hydration fell back to a client render and left the element empty.
 */
export function ServerMarkup<P extends object>({
  component: Component,
  props,
  as: Element = "div",
  className,
}: ServerMarkupProps<P>) {
  const ref = useRef<HTMLElement>(null);
  const [kept, setKept] = useState<P | null>(() => (hydrated ? null : props));
  useEffect(() => {
    hydrated = true;
    if (ref.current && !ref.current.hasChildNodes()) setKept(null);
  }, []);
  const keep = kept !== null && sameProps(kept, props);
  if (kept !== null && !keep) setKept(null);
  if (keep && typeof window !== "undefined")
    return <Element ref={ref as never} className={className} dangerouslySetInnerHTML={KEEP} suppressHydrationWarning />;
  return (
    <Element ref={ref as never} className={className}>
      <Component {...props} />
    </Element>
  );
}
