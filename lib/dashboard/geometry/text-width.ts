// Approximate rendered width of a label, for placing labels before the browser (or resvg) draws them. Widths are
// per script, in ems of the font size, measured on Noto Sans / system-ui; a little generous so estimates err wide.
const ZERO_WIDTH = /[\u200b-\u200f\u061c\u2066-\u2069\ufe00-\ufe0f]/;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const NARROW = /[\s.,:;'!|()[\]ilIjtf·]/;
const UPPER_OR_WIDE_LATIN = /[A-Z%٪mwMW@&]/;

/** Width in ems of one character. */
export function charWidth(ch: string): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  if (WIDE.test(ch)) return 1;
  if (ARABIC.test(ch)) return 0.46;
  if (NARROW.test(ch)) return 0.3;
  if (UPPER_OR_WIDE_LATIN.test(ch)) return 0.72;
  return 0.58;
}

/** Estimated width in pixels of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize;
}
