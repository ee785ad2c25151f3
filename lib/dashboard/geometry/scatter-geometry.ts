import { type ChartBox, linear, type Plot, valueTicks } from "./chart-box";
import { textWidth } from "./text-width";

// The equipment scatter as geometry: share of GDP across, equipment share up, the two guidelines as dashed lines,
// and labels for the countries the reader selected (the others are dots, named in their tooltips and the table).

export interface ScatterGeometry {
  box: ChartBox;
  plot: Plot;
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  lines: { x: number; y: number };
  dots: {
    country: string;
    /** the figures: share of GDP, equipment share */
    x: number;
    y: number;
    cx: number;
    cy: number;
    estimate: boolean;
    label: { x: number; y: number } | null;
  }[];
}

const MARGIN = { top: 16, right: 16, bottom: 40, left: 48 };
const FONT = 11;

export function scatterGeometry(
  dots: { country: string; x: number; y: number; estimate: boolean }[],
  lines: { x: number; y: number },
  labelled: ReadonlyMap<string, string>,
  box: ChartBox,
): ScatterGeometry {
  const plot = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: box.width - MARGIN.left - MARGIN.right,
    height: box.height - MARGIN.top - MARGIN.bottom,
  };
  const xMax = Math.ceil(Math.max(lines.x + 1, ...dots.map((d) => d.x)) + 0.2);
  const yMax = Math.ceil((Math.max(lines.y + 10, ...dots.map((d) => d.y)) + 2) / 10) * 10;
  const xOf = linear(0, xMax, plot.x, plot.x + plot.width);
  const yOf = linear(0, yMax, plot.y + plot.height, plot.y);
  const placed = dots.map((d) => {
    const cx = xOf(d.x);
    const cy = yOf(d.y);
    const name = labelled.get(d.country);
    // a label right of its dot, or left of it when it would leave the plot
    const width = name ? textWidth(name, FONT) : 0;
    const right = cx + 6 + width <= plot.x + plot.width;
    return {
      country: d.country,
      x: d.x,
      y: d.y,
      cx,
      cy,
      estimate: d.estimate,
      label: name ? { x: right ? cx + 6 : cx - 6 - width, y: cy + 4, width } : null,
    };
  });
  separateLabels(placed.flatMap((d) => (d.label ? [d.label] : [])));
  return {
    box,
    plot,
    xTicks: valueTicks(xMax, box.width < 500 ? 5 : 8).map((value) => ({ value, x: xOf(value) })),
    yTicks: valueTicks(yMax, 6).map((value) => ({ value, y: yOf(value) })),
    lines: { x: xOf(lines.x), y: yOf(lines.y) },
    dots: placed.map(({ label, ...d }) => ({ ...d, label: label && { x: label.x, y: label.y } })),
  };
}

/** Moves labels that would overlap apart vertically, top to bottom, so two close dots keep readable names. */
function separateLabels(labels: { x: number; y: number; width: number }[]): void {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (const [i, label] of sorted.entries())
    for (const above of sorted.slice(0, i)) {
      const overlaps = label.x < above.x + above.width && above.x < label.x + label.width;
      if (overlaps && label.y - above.y < FONT + 1) label.y = above.y + FONT + 1;
    }
}
