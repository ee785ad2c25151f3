import { textWidth } from "./text-width";
export { yearTicks } from "./year-ticks";

// Where each part of the link-preview card goes (1200 × 630), as boxes, so that tests can prove nothing collides:
// the legend sits on the reading end (right in LTR, left in RTL), the percentage labels left of the plot, the year
// axis under it. Time runs left to right in every language.
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const CARD = { width: 1200, height: 630, margin: 40 };
export const FONT = { axis: 20, legend: 22 };
const LEGEND = { width: 290, gap: 36, rowHeight: 40, swatch: 18 };
const PLOT = { top: 190, height: 320 };

type Label = Box & { text: string };
const label = (text: string, x: number, baseline: number, size: number, anchor: "start" | "middle" | "end"): Label => {
  const width = textWidth(text, size);
  return {
    text,
    width,
    height: size * 1.25,
    y: baseline - size,
    x: anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2,
  };
};

/** A name shortened with "…" to fit `width` pixels at `size`. */
export function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let out = [...text];
  while (out.length > 1 && textWidth(`${out.join("")}…`, size) > width) out = out.slice(0, -1);
  return `${out.join("").trimEnd()}…`;
}

export interface PreviewLayoutInput {
  rtl: boolean;
  /** percentage guide lines: value and formatted label */
  guides: { value: number; text: string }[];
  years: { year: number; text: string }[];
  legend: { name: string; value: string }[];
  from: number;
  to: number;
  yMax: number;
}

export function previewLayout({ rtl, guides, years, legend, from, to, yMax }: PreviewLayoutInput) {
  const legendX = rtl ? CARD.margin : CARD.width - CARD.margin - LEGEND.width;
  const axisWidth = Math.max(0, ...guides.map((g) => textWidth(g.text, FONT.axis))) + 12;
  const left = (rtl ? legendX + LEGEND.width + LEGEND.gap : CARD.margin) + axisWidth;
  const right = rtl ? CARD.width - CARD.margin - 10 : legendX - LEGEND.gap;
  const plot: Box = { x: left, y: PLOT.top, width: right - left, height: PLOT.height };
  const xOf = (year: number) => plot.x + (to === from ? plot.width / 2 : ((year - from) / (to - from)) * plot.width);
  const yOf = (value: number) => plot.y + plot.height - (value / yMax) * plot.height;
  return {
    plot,
    legendX,
    guides: guides.map((g) => ({
      value: g.value,
      y: yOf(g.value),
      label: label(g.text, plot.x - 12, yOf(g.value) + 7, FONT.axis, "end"),
    })),
    years: years.map((y) => ({
      x: xOf(y.year),
      label: label(y.text, xOf(y.year), plot.y + plot.height + 30, FONT.axis, "middle"),
    })),
    legend: legend.slice(0, 8).map((entry, i) => {
      const baseline = plot.y + 20 + i * LEGEND.rowHeight;
      const value = label(
        entry.value,
        rtl ? legendX : legendX + LEGEND.width,
        baseline,
        FONT.legend,
        rtl ? "start" : "end",
      );
      const room = LEGEND.width - LEGEND.swatch - 10 - value.width - 14;
      const name = fitText(entry.name, room, FONT.legend);
      const swatch: Box = {
        x: rtl ? legendX + LEGEND.width - LEGEND.swatch : legendX,
        y: baseline - 16,
        width: LEGEND.swatch,
        height: LEGEND.swatch,
      };
      return {
        swatch,
        value,
        name: label(
          name,
          rtl ? swatch.x - 10 : swatch.x + swatch.width + 10,
          baseline,
          FONT.legend,
          rtl ? "end" : "start",
        ),
      };
    }),
  };
}
