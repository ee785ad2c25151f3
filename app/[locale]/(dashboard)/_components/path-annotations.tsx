"use client";

import { useEffect, useMemo } from "react";
import { DefaultZIndexes, usePlotArea, ZIndexLayer } from "recharts";
import { type AnnotationInput, EVENT_FONT, LINE_FONT, layoutAnnotations } from "@/lib/dashboard/path-annotation-layout";

export const EVENT_ROW_HEIGHT = 14;
type KeyEntry = { mark: string; text: string };

interface Props extends Omit<AnnotationInput, "plot" | "xOf"> {
  from: number;
  to: number;
  yMax: number;
  /** what had to be shortened, in full, for the key under the chart */
  onKey: (key: KeyEntry[]) => void;
}

// a white outline, so a label stays readable where a line crosses it
const halo = { stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke", strokeLinejoin: "round" } as const;

/** Event names in rows above the plot and pledge names along their lines, placed without overlap (drawn in the SVG). */
export function PathAnnotations({ from, to, yMax, events, lines, goal, onKey }: Props) {
  const plot = usePlotArea();
  const xOf = (year: number) => (plot ? plot.x + ((year - from) / Math.max(1, to - from)) * plot.width : 0);
  const layout = useMemo(() => (plot ? layoutAnnotations({ plot, xOf, events, lines, goal }) : null), [plot?.x, plot?.width, from, to, events, lines, goal]);
  const key = JSON.stringify(layout?.key ?? []);
  useEffect(() => onKey(JSON.parse(key) as KeyEntry[]), [key, onKey]);
  if (!plot || !layout) return null;
  const yOf = (value: number) => plot.y + plot.height - (value / yMax) * plot.height;
  const right = plot.x + plot.width;
  // Drawn here as plain SVG rather than as Recharts reference lines: each Recharts child registers in its store and
  // re-renders the chart on mount, the largest part of the page's main-thread work on a phone.
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.line - 1}>
        <g className="path-guides">
          {lines.map((l) => <line key={l.value} x1={plot.x} x2={right} y1={yOf(l.value)} y2={yOf(l.value)} stroke="#6b7280" strokeDasharray="6 4" />)}
          {events.map((e) => <line key={e.at} x1={xOf(e.at)} x2={xOf(e.at)} y1={plot.y} y2={plot.y + plot.height} stroke="#9ca3af" />)}
        </g>
      </ZIndexLayer>
      {/* above the lines and axes, so the white outline clears them; below the tooltip's cursor and active dots */}
      <ZIndexLayer zIndex={DefaultZIndexes.scatter + 1}>
        {goal && <circle cx={xOf(goal.year)} cy={yOf(goal.value)} r={7} fill="#fff" stroke="#bc002d" strokeWidth={2} />}
        <g className="path-annotations">
          {layout.events.map((e) => e.label && (
            <text key={e.n} x={e.label.x + e.label.width / 2} y={plot.y - 6 - e.label.row * EVENT_ROW_HEIGHT} textAnchor="middle" fontSize={EVENT_FONT} fill="#4b5563">
              <title>{e.full}</title>
              {e.label.text}
            </text>
          ))}
          {layout.lineLabels.map((l) => (
            <text key={l.key} x={l.x + l.width / 2} y={yOf(l.value) - 5} textAnchor="middle" fontSize={LINE_FONT} fill={l.key === "goal" ? "#bc002d" : "#4b5563"} {...halo}>
              {l.text}
            </text>
          ))}
        </g>
      </ZIndexLayer>
    </>
  );
}
