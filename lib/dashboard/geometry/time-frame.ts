import type { BreakMark } from "../series/breaks";
import { type ChartBox, linear, type Plot, valueTicks } from "./chart-box";
import { yearTicks } from "./year-ticks";

// The frame the two time charts (the path and the definitions) share: the plot inside its margins, years across,
// percent of GDP up from 0, and each series break as a band clipped to the years shown.

export interface TimeFrame {
  box: ChartBox;
  plot: Plot;
  /** the years the x axis spans */
  domain: [number, number];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  bands: { id: string; marker: string; x1: number; x2: number }[];
}

type Margin = { top: number; right: number; bottom: number; left: number };

export function timeFrame(box: ChartBox, margin: Margin, domain: [number, number], yMax: number, breaks: BreakMark[]) {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: box.width - margin.left - margin.right,
    height: box.height - margin.top - margin.bottom,
  };
  const xOf = linear(domain[0], domain[1], plot.x, plot.x + plot.width);
  const yOf = linear(0, yMax, plot.y + plot.height, plot.y);
  const frame: TimeFrame = {
    box,
    plot,
    domain,
    xTicks: yearTicks(domain[0], domain[1], box.width < 500 ? 5 : 8).map((year) => ({ year, x: xOf(year) })),
    yTicks: valueTicks(yMax).map((value) => ({ value, y: yOf(value) })),
    bands: breaks.map((b) => ({
      id: b.id,
      marker: b.marker,
      x1: xOf(Math.max(b.x1, domain[0])),
      x2: xOf(Math.min(b.x2, domain[1])),
    })),
  };
  return { frame, xOf, yOf };
}
