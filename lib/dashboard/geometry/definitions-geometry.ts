import type { BreakMark } from "../series/breaks";
import type { ChartBox, XY } from "./chart-box";
import { type DefinitionSeries, toDefinitionRows } from "../series/definition-series";
import { type TimeFrame, timeFrame } from "./time-frame";

// One country under every definition, as geometry: a line per series and the band between the lowest and highest
// figure of each year (the definitional gap). Pure, so the server draws it into the first HTML.

const MARGIN = { top: 20, right: 16, bottom: 26, left: 44 };
const COLORS = ["#bc002d", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#332288"];

export interface DefinitionsGeometry extends TimeFrame {
  series: { key: string; name: string; color: string; computed: boolean; dots: (XY & { year: number })[] }[];
  /** the definitional gap: one polygon per run of consecutive years with two or more figures */
  gaps: XY[][];
  guides: { value: number; y: number; label: string }[];
}

/** Japan red is Japan's alone: another country's first series takes the next colour. */
export const definitionColors = (country: string) => (country === "JPN" ? COLORS : COLORS.slice(1));

export function definitionsGeometry(
  series: DefinitionSeries[],
  lines: { value: number; label: string }[],
  breaks: BreakMark[],
  country: string,
  from: number,
  to: number,
  box: ChartBox,
): DefinitionsGeometry {
  const rows = toDefinitionRows(series);
  const years = rows.map((r) => r.year);
  const domain: [number, number] = [Math.min(from, ...years), Math.max(to, ...years)];
  const top = Math.ceil(Math.max(2.5, ...series.flatMap((s) => s.points.map((p) => p.value))) * 2) / 2;
  const { frame, xOf, yOf } = timeFrame(box, MARGIN, domain, top, breaks);
  const palette = definitionColors(country);
  const runs: { x: number; low: number; high: number }[][] = [];
  rows.forEach((r, i) => {
    if (!Array.isArray(r.gap)) return;
    const point = { x: xOf(r.year), low: yOf(r.gap[0]), high: yOf(r.gap[1]) };
    if (i > 0 && Array.isArray(rows[i - 1]!.gap)) runs.at(-1)!.push(point);
    else runs.push([point]);
  });
  return {
    ...frame,
    series: series.map((s, i) => {
      const dots = [...s.points]
        .sort((a, b) => a.year - b.year)
        .map((p) => ({ year: p.year, x: xOf(p.year), y: yOf(p.value) }));
      return { key: s.key, name: s.name, color: palette[i % palette.length]!, computed: s.computed, dots };
    }),
    gaps: runs
      .filter((run) => run.length > 1)
      .map((run) => [
        ...run.map((p) => ({ x: p.x, y: p.high })),
        ...[...run].reverse().map((p) => ({ x: p.x, y: p.low })),
      ]),
    guides: lines.map((l) => ({ ...l, y: yOf(l.value) })),
  };
}
