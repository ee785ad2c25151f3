import { textWidth } from "./text-width";

// Labels on a chart axis (events on the time axis, names along a reference line) are placed without overlap: each
// goes in the first row where it fits, in full if possible, else shortened (a number or abbreviation whose full text
// the chart gives in a legend or tooltip), else it is left out of the drawing (and only the legend names it).

export interface LabelRequest {
  key: string;
  /** the anchor along the axis, in pixels */
  at: number;
  /** where the anchor sits on the label: its start, middle or end */
  align: "start" | "middle" | "end";
  full: string;
  short: string;
}

export interface PlacedLabel {
  key: string;
  /** left edge and width of the label's box, in pixels */
  x: number;
  width: number;
  row: number;
  text: string;
  abbreviated: boolean;
}

export interface PlacementOptions {
  /** the span labels must stay within */
  min: number;
  max: number;
  rows: number;
  fontSize: number;
  /** space kept free between neighbours */
  gap?: number;
}

const SHIFTS = [0, 8, -8, 16, -16];

/** Places labels in order; a label returned is inside [min, max] and overlaps no other label in its row. */
export function placeLabels(
  requests: LabelRequest[],
  { min, max, rows, fontSize, gap = 4 }: PlacementOptions,
): PlacedLabel[] {
  const taken: { from: number; to: number }[][] = Array.from({ length: rows }, () => []);
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    for (const [text, abbreviated] of [
      [r.full, false],
      [r.short, true],
    ] as const) {
      const width = textWidth(text, fontSize);
      const wanted = r.align === "start" ? r.at : r.align === "end" ? r.at - width : r.at - width / 2;
      if (max - min < width) continue;
      // where it belongs, else nudged a little either way (a label may sit slightly off its mark, never far)
      const spot = SHIFTS.map((d) => Math.min(Math.max(wanted + d, min), max - width)).flatMap((x) => {
        const row = taken.findIndex((boxes) => boxes.every((b) => x + width + gap <= b.from || x >= b.to + gap));
        return row === -1 ? [] : [{ x, row }];
      })[0];
      if (!spot) continue;
      taken[spot.row]!.push({ from: spot.x, to: spot.x + width });
      placed.push({ key: r.key, x: spot.x, width, row: spot.row, text, abbreviated });
      break;
    }
  }
  return placed;
}

/** True when two placed labels share a row and their boxes overlap (what `placeLabels` never returns). */
export const overlaps = (a: PlacedLabel, b: PlacedLabel) =>
  a.row === b.row && a.x < b.x + b.width && b.x < a.x + a.width;
