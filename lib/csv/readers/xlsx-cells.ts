// Number formats and percent cells as the workbook reader turns them into the text the table reader validates.

/** A number format that shows the cell as a percentage ("0.0%"), ignoring quoted text and escaped characters. */
export const isPercentFormat = (numFmt: string | undefined) =>
  Boolean(numFmt && /%/.test(numFmt.replace(/"[^"]*"|\\./g, "")));

/**
 * The decimal text of a number multiplied by 100, exactly: the decimal point moves two places, so 0.013713969
 * becomes "1.3713969" (never 1.3713968999999998 from floating-point multiplication).
 */
export function timesHundred(text: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m) return text;
  const [, sign, int = "", frac = "", exp = "0"] = m;
  const digits = int + frac;
  const point = int.length + Number(exp) + 2;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, "");
  return `${sign}${out}`;
}
