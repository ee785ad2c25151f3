import { formats } from "./format";
import { colorFor } from "./palette";
import { previewLines } from "./preview-geometry";
import type { Point } from "./series";

export interface PreviewInput {
  locale: string;
  rtl: boolean;
  title: string;
  description: string;
  footer: string;
  points: Point[];
  countries: { iso3: string; name: string }[];
  from: number;
  to: number;
  guides: number[];
}

const WIDTH = 1200;
const HEIGHT = 630;
const PLOT = { left: 90, top: 190, width: 800, height: 360 };

// Intl puts bidi marks around Arabic-locale numbers; resvg's bidi places them wrongly, and without them the number
// and its % sign already stay together, so they are dropped from the card.
const escapeXml = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, "").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** Whole sentences that fit in `max` characters (CJK text is about twice as wide per character). */
function fit(text: string, max: number): string {
  let out = "";
  for (const sentence of text.match(/[^.。]+(?:\.\d+[^.。]*)*[.。]/g) ?? [text]) {
    if ((out + sentence).length > max) break;
    out += sentence;
  }
  return out.trim() || `${text.slice(0, max - 1)}…`;
}

function wrap(text: string, perLine: number, lines: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest && out.length < lines) {
    if (rest.length <= perLine) {
      out.push(rest);
      break;
    }
    let cut = rest.lastIndexOf(" ", perLine);
    if (cut < perLine / 2) cut = perLine;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  return out;
}

/**
 * The link-preview card as SVG, rendered to PNG by resvg, which shapes Arabic and lays out right-to-left text
 * (Satori, behind next/og, cannot yet). Fonts are Noto Sans JP and Noto Sans Arabic from npm packages.
 */
export function previewSvg(input: PreviewInput): string {
  const f = formats(input.locale);
  const cjk = input.locale === "ja";
  const { lines, y } = previewLines(input.points, input.countries.map((c) => c.iso3), input.from, input.to, PLOT.width, PLOT.height);
  const x = input.rtl ? WIDTH - 60 : 60;
  const anchor = input.rtl ? "end" : "start";
  const text = (tx: number, ty: number, size: number, content: string, attrs = "") =>
    `<text x="${tx}" y="${ty}" font-size="${size}" text-anchor="${anchor}"${input.rtl ? ' direction="rtl"' : ""} ${attrs}>${escapeXml(content)}</text>`;
  const description = wrap(fit(input.description, cjk ? 110 : 190), cjk ? 52 : 95, 2);
  const names = new Map(input.countries.map((c) => [c.iso3, c.name]));
  // the legend sits on the reading end: right of the plot in LTR, left of it in RTL
  const legendX = input.rtl ? 40 : PLOT.left + PLOT.width + 30;
  const plotLeft = input.rtl ? WIDTH - PLOT.width - 40 : PLOT.left;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Noto Sans JP, Noto Sans Arabic">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
  ${text(x, 80, 42, input.title, 'font-weight="700" fill="#1b1f24"')}
  ${description.map((l, i) => text(x, 125 + i * 32, 24, l, 'fill="#57606a"')).join("\n  ")}
  <g transform="translate(${plotLeft} ${PLOT.top})">
    ${input.guides.map((g) => `<line x1="0" x2="${PLOT.width}" y1="${y(g)}" y2="${y(g)}" stroke="#9ca3af" stroke-width="2" stroke-dasharray="10 8"/><text x="-12" y="${y(g) + 7}" font-size="20" text-anchor="end" fill="#57606a">${escapeXml(f.share(g))}</text>`).join("\n    ")}
    ${lines.map((l, i) => `<path d="${l.path}" fill="none" stroke="${colorFor(l.country, i)}" stroke-width="${l.country === "JPN" ? 9 : 4}" stroke-linejoin="round"/>`).join("\n    ")}
  </g>
  ${lines
    .filter((l) => l.last)
    .slice(0, 8)
    .map((l, i) => {
      const ty = PLOT.top + 20 + i * 40;
      const swatch = `<rect x="${input.rtl ? legendX + 262 : legendX}" y="${ty - 16}" width="18" height="18" fill="${colorFor(l.country, i)}"/>`;
      // name and value as separate runs, so a number never trades places with the name in right-to-left text
      const name = names.get(l.country) ?? l.country;
      const value = escapeXml(f.share(l.last!.value));
      return input.rtl
        ? `${swatch}${text(legendX + 252, ty, 22, name, 'fill="#1b1f24"')}<text x="${legendX}" y="${ty}" font-size="22" fill="#1b1f24">${value}</text>`
        : `${swatch}<text x="${legendX + 28}" y="${ty}" font-size="22" fill="#1b1f24">${escapeXml(name)} ${value}</text>`;
    })
    .join("\n  ")}
  ${text(x, HEIGHT - 28, 20, input.footer, 'fill="#57606a"')}
</svg>`;
}
