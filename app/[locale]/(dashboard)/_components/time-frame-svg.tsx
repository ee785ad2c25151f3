import { Layer, Rectangle } from "recharts";
import type { TimeFrame } from "@/lib/dashboard/geometry/time-frame";

// The parts of a time chart's SVG drawn from its frame (lib/dashboard/geometry/time-frame.ts): the path and definitions
// charts place their own lines between them.

/** The plot's place in the drawing, "x y width height" in its user units: the chart's pointer reads it (with
 * `data-years`, the years the x axis spans) from the SVG, so the page needs no geometry code to show a tooltip. */
export const frameData = ({ plot }: TimeFrame) => `${plot.x} ${plot.y} ${plot.width} ${plot.height}`;

export function FrameGrid({ g }: { g: TimeFrame }) {
  const { plot } = g;
  return (
    <Layer className="grid" stroke="#e5e7eb" strokeDasharray="3 3">
      {g.yTicks.map((t) => (
        <line key={t.value} x1={plot.x} x2={plot.x + plot.width} y1={t.y} y2={t.y} />
      ))}
      {g.xTicks.map((t) => (
        <line key={t.year} x1={t.x} x2={t.x} y1={plot.y} y2={plot.y + plot.height} />
      ))}
    </Layer>
  );
}

/** Each series break as a shaded band from the last figure on the old basis to the first on the new, marked. */
export function BreakBands({ g }: { g: TimeFrame }) {
  const { plot } = g;
  return g.bands.map((b) => (
    <Layer key={b.id} className="series-break">
      <Rectangle
        x={b.x1}
        y={plot.y}
        width={Math.max(2, b.x2 - b.x1)}
        height={plot.height}
        fill="#6b7280"
        fillOpacity={0.12}
        stroke="#6b7280"
        strokeDasharray="2 2"
      />
      <text x={(b.x1 + b.x2) / 2} y={plot.y + 14} textAnchor="middle" fontSize={13} fill="#374151">
        {b.marker}
      </text>
    </Layer>
  ));
}

export function FrameAxes({
  g,
  year,
  percent,
}: {
  g: TimeFrame;
  year: (value: number) => string;
  percent: (value: number) => string;
}) {
  const { plot } = g;
  const bottom = plot.y + plot.height;
  return (
    <Layer className="axis" fill="#4b5563">
      <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} stroke="#6b7280" />
      {g.xTicks.map((t) => (
        <text key={t.year} x={t.x} y={bottom + 17} textAnchor="middle">
          {year(t.year)}
        </text>
      ))}
      {g.yTicks.map((t) => (
        <text key={t.value} x={plot.x - 6} y={t.y + 4} textAnchor="end">
          {percent(t.value)}
        </text>
      ))}
    </Layer>
  );
}
