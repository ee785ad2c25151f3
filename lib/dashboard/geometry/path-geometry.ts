import type { BreakMark } from "../series/breaks";
import type { ChartBox, XY } from "./chart-box";
import { colorFor } from "./palette";
import { type AnnotationLayout, EVENT_ROWS, layoutAnnotations } from "./path-annotation-layout";
import { type Figure, isProvisional } from "../series/series";
import { type TimeFrame, timeFrame } from "./time-frame";

// The path chart as geometry: every line, dot, tick, guide and label position, computed without a browser, so the
// server draws the chart into the first HTML and the browser redraws it on a toggle with the same function.

export const EVENT_ROW_HEIGHT = 16;
const MARGIN = { top: EVENT_ROWS * EVENT_ROW_HEIGHT + 10, right: 16, bottom: 26, left: 44 };

export interface PathChartInput {
  points: Figure[];
  countries: string[];
  from: number;
  to: number;
  lines: { value: number; label: string; short: string }[];
  goal: { year: number; value: number; label: string } | null;
  events: { at: number; label: string }[];
  breaks: BreakMark[];
  /** the publisher's previous edition, drawn as a thin dashed line per country (`prev=1`) */
  previous?: Figure[] | null;
}

export interface SeriesDrawing {
  country: string;
  color: string;
  strokeWidth: number;
  /** settled figures, solid; provisional ones (estimates, budgets, plans) dashed, from the last settled figure on */
  settled: XY[];
  provisional: XY[];
  dots: { year: number; x: number; y: number; provisional: boolean }[];
  /** the previous edition's figures for the country, oldest first */
  previous: XY[];
}

/** `domain`: the range, extended to Japan's goal year when Japan is shown */
export interface PathChartGeometry extends TimeFrame {
  series: SeriesDrawing[];
  guides: { value: number; y: number }[];
  eventLines: { at: number; x: number }[];
  goal: { x: number; y: number } | null;
  annotations: AnnotationLayout;
  yOf: (value: number) => number;
}

export function pathChartGeometry(
  { points, countries, from, to, lines, goal, events, breaks, previous }: PathChartInput,
  box: ChartBox,
): PathChartGeometry {
  const shownGoal = goal && countries.includes("JPN") && goal.year >= from ? goal : null;
  const last = shownGoal ? Math.max(to, shownGoal.year) : to;
  // up to the highest reference line (3.5% of GDP, the 20% equipment guideline) or the highest figure
  const floor = lines.length > 0 ? Math.max(...lines.map((l) => l.value)) : 3.5;
  const yMax = Math.ceil(Math.max(floor, ...points.map((p) => p.value), ...(previous ?? []).map((p) => p.value)) + 0.2);
  const { frame, xOf, yOf } = timeFrame(box, MARGIN, [from, last], yMax, breaks);
  const visibleEvents = events.filter((e) => e.at >= from && e.at <= last);
  return {
    ...frame,
    yOf,
    series: countries.map((country, i) => ({
      ...seriesDrawing(country, i, points, xOf, yOf),
      previous: (previous ?? [])
        .filter((p) => p.country === country && p.year >= from && p.year <= last)
        .sort((a, b) => a.year - b.year)
        .map((p) => ({ x: xOf(p.year), y: yOf(p.value) })),
    })),
    guides: lines.map((l) => ({ value: l.value, y: yOf(l.value) })),
    eventLines: visibleEvents.map((e) => ({ at: e.at, x: xOf(e.at) })),
    goal: shownGoal ? { x: xOf(shownGoal.year), y: yOf(shownGoal.value) } : null,
    annotations: layoutAnnotations({ plot: frame.plot, xOf, events: visibleEvents, lines, goal: shownGoal }),
  };
}

/** One country's reported figures as lines and dots (the outlook chart draws them the same way). */
export function seriesDrawing(
  country: string,
  index: number,
  points: Figure[],
  xOf: (y: number) => number,
  yOf: (v: number) => number,
): Omit<SeriesDrawing, "previous"> {
  const own = points.filter((p) => p.country === country).sort((a, b) => a.year - b.year);
  const at = (p: Figure) => ({ x: xOf(p.year), y: yOf(p.value) });
  // a provisional figure continues from the settled one before it, so the dashed part joins the solid line
  const provisional = own.filter(
    (p, i) => isProvisional(p) || (own[i + 1] !== undefined && isProvisional(own[i + 1]!)),
  );
  return {
    country,
    color: colorFor(country, index),
    strokeWidth: country === "JPN" ? 4 : 2,
    settled: own.filter((p) => !isProvisional(p)).map(at),
    provisional: provisional.some(isProvisional) ? provisional.map(at) : [],
    dots: own.map((p) => ({ year: p.year, ...at(p), provisional: isProvisional(p) })),
  };
}
