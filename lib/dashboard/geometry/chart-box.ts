// The page carries each chart drawn twice, for a phone and for a wider screen, in SVG user units; CSS shows the one
// that fits. An SVG scales with its width, so one drawing would shrink its labels to unreadable on a phone, while
// each of these is drawn for the width it is shown at (within about ±25%), its labels placed for that width.
export const CHART_BOXES = {
  narrow: { width: 380, height: 400 },
  wide: { width: 760, height: 400 },
} as const;

export type ChartBoxName = keyof typeof CHART_BOXES;
export type ChartBox = { width: number; height: number };

export interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Hundredths of a user unit: far below a pixel, and positions like 249.88235294117646 stay out of the page's SVG. */
export const hundredths = (v: number) => Math.round(v * 100) / 100;

/** Maps a value in [d0, d1] to [r0, r1] (the middle of the range when the domain is one point), to hundredths. */
export const linear = (d0: number, d1: number, r0: number, r1: number) => (v: number) =>
  hundredths(d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));

/** Marks on a percentage axis from 0 to `max`: every 1, 2 or 5 points, whichever gives at most `count` steps. */
export function valueTicks(max: number, count = 8): number[] {
  // 0.5, 1, 2, 5, 10, 20, 50 … : shares of GDP tick at 0.5 or 1, equipment shares at 10, US$ millions at 200,000
  let step = 0.5;
  for (let i = 0; max / step > count; i++) step = [1, 2, 5][i % 3]! * 10 ** Math.floor(i / 3);
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => Math.round(i * step * 10) / 10);
}

export type XY = { x: number; y: number };
