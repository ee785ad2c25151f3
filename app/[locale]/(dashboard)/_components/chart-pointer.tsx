"use client";

import { useLocale } from "next-intl";
import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import { textDirection } from "@/i18n/routing";

interface Props {
  /** the drawing: an SVG that names its plot (`data-plot`, user units) and the years its x axis spans (`data-years`) */
  children: ReactNode;
  /** what to show for the year under the pointer (or chosen with the arrow keys) */
  tooltip: (year: number) => ReactNode;
}

/** Where the drawing's plot is inside the pointer's box, in CSS pixels, and the years it spans. */
function plotOf(root: HTMLElement) {
  const svg = root.querySelector<SVGSVGElement>("svg[data-plot]");
  if (!svg) return null;
  const [x = 0, y = 0, width = 0, height = 0] = svg.dataset.plot!.split(" ").map(Number);
  const [from = 0, last = 0] = svg.dataset.years!.split(" ").map(Number);
  const r = svg.getBoundingClientRect();
  const o = root.getBoundingClientRect();
  const scale = r.width / svg.viewBox.baseVal.width;
  const plot = {
    x: r.left - o.left + x * scale,
    y: r.top - o.top + y * scale,
    width: width * scale,
    height: height * scale,
  };
  return {
    plot,
    from,
    last,
    bottom: r.bottom,
    left: o.left,
    boxWidth: o.width,
    xOf: (year: number) => plot.x + ((year - from) / Math.max(1, last - from)) * plot.width,
  };
}

/**
 * Pointer and keyboard over a server-drawn chart (laid out left to right in every language, as time runs): a cursor
 * line at the nearest year and a tooltip beside it, which reads in the page's direction. The drawing itself never
 * re-renders; only this overlay does, and it reads the plot's place from the drawn SVG.
 */
export function ChartPointer({ children, tooltip }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const dir = textDirection(useLocale());
  const [hover, setHover] = useState<{
    year: number;
    x: number;
    y: number;
    height: number;
    flip: boolean;
    width: number;
  } | null>(null);
  const show = (pick: (p: NonNullable<ReturnType<typeof plotOf>>) => number | null) => {
    const p = plotOf(ref.current!);
    const picked = p && pick(p);
    if (!p || picked === null) return setHover(null);
    const year = Math.min(p.last, Math.max(p.from, picked));
    const x = p.xOf(year);
    setHover({ year, x, y: p.plot.y, height: p.plot.height, flip: x > p.boxWidth / 2, width: p.boxWidth });
  };
  const atPointer = (clientX: number, clientY: number) =>
    show((p) =>
      clientY > p.bottom
        ? null
        : Math.round(p.from + ((clientX - p.left - p.plot.x) / p.plot.width) * (p.last - p.from)),
    );
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return e.key === "Escape" && setHover(null);
    e.preventDefault();
    show((p) => (hover?.year ?? p.last) + step);
  };
  return (
    <div
      ref={ref}
      className="chart-pointer"
      dir="ltr"
      tabIndex={0}
      onPointerDown={(e) => atPointer(e.clientX, e.clientY)}
      onPointerMove={(e) => atPointer(e.clientX, e.clientY)}
      onPointerLeave={() => setHover(null)}
      onKeyDown={onKey}
      onBlur={() => setHover(null)}
    >
      {children}
      {hover !== null && (
        <>
          <div
            className="chart-cursor"
            aria-hidden="true"
            style={{ left: hover.x, top: hover.y, height: hover.height }}
          />
          <div
            className="chart-tooltip"
            dir={dir}
            style={hover.flip ? { right: hover.width - hover.x + 8 } : { left: hover.x + 8 }}
          >
            {tooltip(hover.year)}
          </div>
        </>
      )}
    </div>
  );
}
