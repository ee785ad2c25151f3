"use client";

import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import type { ChartBox, Plot } from "@/lib/dashboard/chart-box";

interface Props {
  /** the drawing's size, its plot area and the years its x axis spans */
  g: { box: ChartBox; plot: Plot; domain: [number, number] };
  children: ReactNode;
  /** what to show for the year under the pointer (or chosen with the arrow keys) */
  tooltip: (year: number) => ReactNode;
}

/**
 * Pointer and keyboard over a server-drawn chart (laid out left to right in every language, as time runs): a cursor line at the nearest year and a tooltip beside it. The
 * drawing itself never re-renders; only this overlay does.
 */
export function ChartPointer({ g, children, tooltip }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [year, setYear] = useState<number | null>(null);
  const { box, plot, domain: [from, last] } = g;
  const clamp = (y: number) => Math.min(last, Math.max(from, y));
  const yearAt = (clientX: number) => {
    const r = ref.current!.getBoundingClientRect();
    const x = ((clientX - r.left) / r.width) * box.width;
    return clamp(Math.round(from + ((x - plot.x) / plot.width) * (last - from)));
  };
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return e.key === "Escape" && setYear(null);
    e.preventDefault();
    setYear((y) => clamp((y ?? last) + step));
  };
  const left = year === null ? 0 : (plot.x + ((year - from) / Math.max(1, last - from)) * plot.width) / box.width;
  return (
    <div
      ref={ref}
      className="chart-pointer"
      dir="ltr"
      tabIndex={0}
      onPointerDown={(e) => setYear(yearAt(e.clientX))}
      onPointerMove={(e) => setYear(yearAt(e.clientX))}
      onPointerLeave={() => setYear(null)}
      onKeyDown={onKey}
      onBlur={() => setYear(null)}
    >
      {children}
      {year !== null && (
        <>
          <div className="chart-cursor" aria-hidden="true" style={{ left: `${left * 100}%`, top: `${(plot.y / box.height) * 100}%`, height: `${(plot.height / box.height) * 100}%` }} />
          <div className="chart-tooltip" style={left > 0.5 ? { right: `${(1 - left) * 100 + 2}%` } : { left: `${left * 100 + 2}%` }}>{tooltip(year)}</div>
        </>
      )}
    </div>
  );
}
