/** Japan always in Japan red; others from a colour-blind-safe palette (Okabe–Ito), stable by position. */
export const JAPAN_COLOR = "#bc002d";
const PALETTE = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#56b4e9",
  "#cc79a7",
  "#d55e00",
  "#6b6b6b",
  "#332288",
  "#117733",
  "#882255",
  "#44aa99",
  "#999933",
];

export function colorFor(country: string, index: number): string {
  return country === "JPN" ? JAPAN_COLOR : PALETTE[index % PALETTE.length]!;
}
