import { useLocale } from "next-intl";
import type { BreakMark } from "@/lib/dashboard/series/breaks";
import type { ChartBox } from "@/lib/dashboard/geometry/chart-box";
import { formats } from "@/lib/dashboard/text/format";
import { colorFor } from "@/lib/dashboard/geometry/palette";
import { pathChartGeometry } from "@/lib/dashboard/geometry/path-geometry";
import { type Figure, type PackedPoints, unpackPoints } from "@/lib/dashboard/series/series";
import { ChartKey } from "./chart-key";
import { PathChartSvg } from "./path-chart-svg";
import type { Unit } from "@/lib/reference/units";

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
  /** the publisher's previous edition as a dashed line per country, with the key's text for it */
  previous?: { note: string; figures: Figure[] } | null;
  /** the dataset's unit: the value axis's ticks */
  unit: Unit;
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
  previous = null,
  unit,
  box,
}: PathDrawingProps) {
  const f = formats(useLocale(), unit);
  const input = {
    points: unpackPoints(packed),
    countries: countries.map((c) => c.iso3),
    from,
    to,
    lines: lines.map((l) => ({ ...l, short: f.target(l.value) })),
    goal: japanGoal,
    events,
    breaks,
    previous: previous?.figures ?? null,
  };
  const g = pathChartGeometry(input, box);
  return (
    <>
      <PathChartSvg g={g} label={description} year={f.year} percent={f.axis} />
      <ChartKey
        series={countries.map((c, i) => ({ key: c.iso3, name: c.name, color: colorFor(c.iso3, i) }))}
        notes={previous ? [...g.annotations.key, { mark: "┈", text: previous.note }] : g.annotations.key}
      />
    </>
  );
}
