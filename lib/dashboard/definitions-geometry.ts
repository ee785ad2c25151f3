import type { BreakMark } from "./breaks";
import { type ChartBox, linear, type Plot, valueTicks, type XY } from "./chart-box";
import { type DefinitionSeries, toDefinitionRows } from "./definition-series";
import { yearTicks } from "./year-ticks";

// One country under every definition, as geometry: a line per series and the band between the lowest and highest
// figure of each year (the definitional gap). Pure, so the server draws it into the first HTML.

const MARGIN = { top: 20, right: 16, bottom: 26, left: 44 };
const COLORS = ["#bc002d", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#332288"];

export interface DefinitionsGeometry {
  box: ChartBox;
  plot: Plot;
  domain: [number, number];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  series: { key: string; name: string; color: string; computed: boolean; dots: (XY & { year: number })[] }[];
  /** the definitional gap: one polygon per run of consecutive years with two or more figures */
  gaps: XY[][];
  guides: { value: number; y: number; label: string }[];
  bands: { id: string; marker: string; x1: number; x2: number }[];
}

/** Japan red is Japan's alone: another country's first series takes the next colour. */
export const definitionColors = (country: string) => (country === "JPN" ? COLORS : COLORS.slice(1));

export function definitionsGeometry(series: DefinitionSeries[], lines: { value: number; label: string }[], breaks: BreakMark[], country: string, from: number, to: number, box: ChartBox): DefinitionsGeometry {
  const rows = toDefinitionRows(series);
  const years = rows.map((r) => r.year);
  const domain: [number, number] = [Math.min(from, ...years), Math.max(to, ...years)];
  const top = Math.ceil(Math.max(2.5, ...series.flatMap((s) => s.points.map((p) => p.value))) * 2) / 2;
  const plot = { x: MARGIN.left, y: MARGIN.top, width: box.width - MARGIN.left - MARGIN.right, height: box.height - MARGIN.top - MARGIN.bottom };
  const xOf = linear(domain[0], domain[1], plot.x, plot.x + plot.width);
  const yOf = linear(0, top, plot.y + plot.height, plot.y);
  const palette = definitionColors(country);
  const runs: { x: number; low: number; high: number }[][] = [];
  rows.forEach((r, i) => {
    if (!Array.isArray(r.gap)) return;
    const point = { x: xOf(r.year), low: yOf(r.gap[0]), high: yOf(r.gap[1]) };
    if (i > 0 && Array.isArray(rows[i - 1]!.gap)) runs.at(-1)!.push(point);
    else runs.push([point]);
  });
  return {
    box, plot, domain,
    xTicks: yearTicks(domain[0], domain[1], box.width < 500 ? 5 : 8).map((year) => ({ year, x: xOf(year) })),
    yTicks: valueTicks(top).map((value) => ({ value, y: yOf(value) })),
    series: series.map((s, i) => {
      const dots = [...s.points].sort((a, b) => a.year - b.year).map((p) => ({ year: p.year, x: xOf(p.year), y: yOf(p.value) }));
      return { key: s.key, name: s.name, color: palette[i % palette.length]!, computed: s.computed, dots };
    }),
    gaps: runs.filter((run) => run.length > 1).map((run) => [...run.map((p) => ({ x: p.x, y: p.high })), ...[...run].reverse().map((p) => ({ x: p.x, y: p.low }))]),
    guides: lines.map((l) => ({ ...l, y: yOf(l.value) })),
    bands: breaks.map((b) => ({ id: b.id, marker: b.marker, x1: xOf(Math.max(b.x1, domain[0])), x2: xOf(Math.min(b.x2, domain[1])) })),
  };
}
