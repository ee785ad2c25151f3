import { isPercentFormat } from "./xlsx-cells";
import { readPart } from "./workbook-parts";
import { parseAttributes } from "./xml-events";
import type { ZipArchive } from "./zip-archive";

/** What a cell's style says about its number and its look. */
export interface CellStyle {
  percent: boolean;
  date: boolean;
  /** the font's colour, named ("blue", "red"), when it is a plain colour */
  colour?: string;
}

// Built-in number formats (ECMA-376, 18.8.30): 9 and 10 are percentages; 14-22 and 45-47 are dates and times.
const BUILT_IN_PERCENT = new Set([9, 10]);
const BUILT_IN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const isDateFormat = (code: string) => /[dmyhs]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ""));

// The legacy indexed palette's plain colours (ECMA-376, 18.8.27), the ones publishers' legends name.
const INDEXED: Readonly<Record<number, string>> = {
  8: "black",
  9: "white",
  10: "red",
  11: "green",
  12: "blue",
  16: "red",
  17: "green",
  18: "blue",
  23: "grey",
  30: "blue",
  39: "blue",
  48: "blue",
  53: "red",
  55: "grey",
  56: "blue",
};

/** An RGB colour by name when one channel plainly dominates (navy and 0000FF are blue; C00000 is red). */
export function colourOfRgb(argb: string): string | undefined {
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const max = Math.max(r, g, b);
  if (max - Math.min(r, g, b) < 48) return max < 64 ? "black" : max > 224 ? "white" : "grey";
  if (b === max && b - Math.max(r, g) >= 64) return "blue";
  if (r === max && r - Math.max(g, b) >= 64) return "red";
  if (g === max && g - Math.max(r, b) >= 64) return "green";
  return undefined;
}

/** Every cell style of the workbook (cellXfs, by index): percent and date formats, and font colours. */
export async function readStyles(zip: ZipArchive, file: string): Promise<CellStyle[]> {
  const formats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const styles: CellStyle[] = [];
  let section = "";
  let inFont = false;
  await readPart(zip, file, "xl/styles.xml", {
    open(name, text) {
      if (name === "numFmts" || name === "fonts" || name === "cellXfs") return void (section = name);
      if (!(name === "numFmt" || name === "font" || name === "color" || name === "xf")) return;
      const a = parseAttributes(text);
      if (name === "numFmt" && section === "numFmts") formats.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "font" && section === "fonts") {
        fonts.push(undefined);
        inFont = true;
      } else if (name === "color" && inFont) {
        fonts[fonts.length - 1] = a.rgb ? colourOfRgb(a.rgb) : a.indexed ? INDEXED[Number(a.indexed)] : undefined;
      } else if (name === "xf" && section === "cellXfs") {
        const id = Number(a.numFmtId ?? 0);
        const code = formats.get(id);
        styles.push({
          percent: code === undefined ? BUILT_IN_PERCENT.has(id) : isPercentFormat(code),
          date: code === undefined ? BUILT_IN_DATE.has(id) : !isPercentFormat(code) && isDateFormat(code),
          colour: fonts[Number(a.fontId ?? 0)],
        });
      }
    },
    text: () => undefined,
    close(name) {
      if (name === section) section = "";
      if (name === "font") inFont = false;
    },
  });
  return styles;
}
