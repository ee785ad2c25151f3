import { useLocale } from "next-intl";
import type { BreakMark } from "@/lib/dashboard/breaks";
import type { ChartBox } from "@/lib/dashboard/chart-box";
import { formats } from "@/lib/dashboard/format";
import { colorFor } from "@/lib/dashboard/palette";
import { pathChartGeometry } from "@/lib/dashboard/path-geometry";
import { type PackedPoints, unpackPoints } from "@/lib/dashboard/series";
import { ChartKey } from "./chart-key";
import { PathChartSvg } from "./path-chart-svg";

export interface PathDrawingProps {
  packed: PackedPoints;
  countries: { iso3: string; name: string }[];
  from: number;
  to: number;
  lines: { value: number; label: string }[];
  japanGoal: { year: number; value: number; label: string } | null;
  events: { at: number; label: string }[];
  breaks: BreakMark[];
  description: string;
  box: ChartBox;
}

/** The path chart drawn for one box: its SVG and, under it, its key (with the full text of shortened labels). */
export function PathDrawing({
  packed,
  countries,
  from,
  to,
  lines,
  japanGoal,
  events,
  breaks,
  description,
  box,
}: PathDrawingProps) {
  const f = formats(useLocale());
  const input = {
    points: unpackPoints(packed),
    countries: countries.map((c) => c.iso3),
    from,
    to,
    lines: lines.map((l) => ({ ...l, short: f.target(l.value) })),
    goal: japanGoal,
    events,
    breaks,
  };
  const g = pathChartGeometry(input, box);
  return (
    <>
      <PathChartSvg g={g} label={description} year={f.year} percent={f.target} />
      <ChartKey
        series={countries.map((c, i) => ({ key: c.iso3, name: c.name, color: colorFor(c.iso3, i) }))}
        notes={g.annotations.key}
      />
    </>
  );
}
