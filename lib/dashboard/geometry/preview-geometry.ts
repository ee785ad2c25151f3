import type { Point } from "../series/series";

export interface PreviewLine {
  country: string;
  path: string;
  /** the latest figure, for the legend */
  last: { value: number; year: number } | null;
}

/** The top of the preview's percentage scale: at least 3.5%, a whole percent above the highest figure. */
export const previewYMax = (points: Point[]) => Math.ceil(Math.max(3.5, ...points.map((p) => p.value)) + 0.2);

/** Polylines for the link preview image: years on x, percent of GDP on y, in a width × height box. */
export function previewLines(
  points: Point[],
  countries: string[],
  from: number,
  to: number,
  width: number,
  height: number,
) {
  const yMax = previewYMax(points);
  const x = (year: number) => (to === from ? width / 2 : ((year - from) / (to - from)) * width);
  const y = (value: number) => height - (value / yMax) * height;
  const lines: PreviewLine[] = countries.map((country) => {
    const series = points.filter((p) => p.country === country).sort((a, b) => a.year - b.year);
    const last = series.at(-1);
    return {
      country,
      path: series.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(" "),
      last: last ? { value: last.value, year: last.year } : null,
    };
  });
  return { lines, y };
}
