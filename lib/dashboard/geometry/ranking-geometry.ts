import { type ChartBox, linear, type Plot, valueTicks } from "./chart-box";
import { textWidth } from "./text-width";

// The ranking as geometry: one bar per country, highest first, names in a column sized to the longest that fits.
// Pure, so the server draws it into the first HTML (for a phone's width and a wider screen's).

export interface RankedBar {
  country: string;
  name: string;
  value: number;
  status: string;
  ally: boolean;
  comparator: boolean;
}

export interface RankingGeometry {
  box: ChartBox;
  plot: Plot;
  bars: (RankedBar & { y: number; height: number; width: number; label: string })[];
  ticks: { value: number; x: number }[];
  lines: { value: number; x: number }[];
}

const ROW = 18;
const FONT = 11;
const MARGIN = { top: 22, bottom: 24, right: 44 };

/** A name shortened with "…" to fit `width` pixels (the full name stays in the bar's tooltip). */
export function fitText(text: string, width: number, fontSize = FONT): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join("")}…`, fontSize) > width) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

export function rankingGeometry(ranked: RankedBar[], lines: number[], width: number): RankingGeometry {
  const labelWidth = Math.min(width * 0.4, Math.max(60, ...ranked.map((r) => textWidth(r.name, FONT))) + 10);
  // up to the highest line (3.5% of GDP, NATO's 20% equipment guideline) or the highest figure
  const max = Math.ceil(Math.max(lines.length > 0 ? Math.max(...lines) : 3.5, ...ranked.map((r) => r.value)) + 0.2);
  const plot = { x: labelWidth, y: MARGIN.top, width: width - labelWidth - MARGIN.right, height: ranked.length * ROW };
  const xOf = linear(0, max, plot.x, plot.x + plot.width);
  return {
    box: { width, height: MARGIN.top + plot.height + MARGIN.bottom },
    plot,
    bars: ranked.map((r, i) => ({
      ...r,
      y: plot.y + i * ROW + 3,
      height: ROW - 6,
      width: xOf(r.value) - plot.x,
      label: fitText(r.name, labelWidth - 10),
    })),
    ticks: valueTicks(max, width < 500 ? 5 : 8).map((value) => ({ value, x: xOf(value) })),
    lines: lines.map((value) => ({ value, x: xOf(value) })),
  };
}
