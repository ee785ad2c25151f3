// Mixed right-to-left labels ("هدف اليابان 2٪ للسنة المالية 2027") drawn inside the charts' left-to-right SVG come
// out scrambled: the Unicode bidi algorithm takes the surrounding direction. Explicit isolates fix the order.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const LRI = "\u2066";
const RLI = "\u2067";
const PDI = "\u2069";
// a left-to-right run: Latin words and numbers with what binds to them (%, decimal and thousands separators, signs,
// the marks Intl puts around Arabic-locale percentages), spaces only between two such pieces
const LTR_RUN =
  /[+\-−]?[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}%٪‰.,:/\-–\u200e]*(?:\s+[+\-−]?[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}%٪‰.,:/\-–\u200e]*)*/gu;

export const hasRightToLeft = (text: string) => RTL.test(text);

/**
 * A label that reads correctly whatever the direction around it: text with right-to-left letters becomes one
 * right-to-left isolate (RLI … PDI) in which every Latin or numeric run is a left-to-right isolate (LRI … PDI).
 * Text without right-to-left letters is returned unchanged.
 */
export function isolateBidi(text: string): string {
  if (!hasRightToLeft(text)) return text;
  // punctuation ending a run ends the sentence or clause, so it stays outside, in the right-to-left flow
  const inner = text.replace(LTR_RUN, (run) => {
    const [, body, tail] = /^(.*?)([.,:/\-–]*)$/su.exec(run)!;
    return `${LRI}${body}${PDI}${tail}`;
  });
  return `${RLI}${inner}${PDI}`;
}

/** The text without isolates or directional marks (for comparing, measuring or searching labels). */
export const stripBidi = (text: string) => text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, "");
