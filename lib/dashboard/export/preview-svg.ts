import { formats } from "../text/format";
import { colorFor } from "../geometry/palette";
import { hasRightToLeft } from "../text/bidi";
import { previewLines, previewYMax } from "../geometry/preview-geometry";
import { CARD, previewLayout, yearTicks } from "../geometry/preview-layout";
import type { Point } from "../series/series";
import type { Unit } from "../../reference/units";

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
  /** the dataset's unit (the figures' format); unset = percent of GDP */
  unit?: Unit;
}

const { width: WIDTH, height: HEIGHT } = CARD;

// Intl puts bidi marks around Arabic-locale numbers; resvg's bidi places them wrongly, and without them the number
// and its % sign already stay together, so they are dropped from the card. Characters XML cannot hold (control
// characters in text stored before input refused them) are dropped too: one would make the whole card unreadable.
const escapeXml = (s: string) =>
  s
    .replace(/[\u200e\u200f\u061c]/g, "")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
// resvg takes a line's direction from its text, not from `direction`: a right-to-left line is isolated as such (RLI …
// PDI), so its final full stop lands at its left end. Only the outer isolate: resvg misplaces a % sign inside nested
// left-to-right isolates (seen: "%0.96"), while plain bidi already keeps "0.96%" together, as browsers do.
const rtlText = (s: string) => (hasRightToLeft(s) ? `\u2067${s.replace(/[\u200e\u200f\u061c]/g, "")}\u2069` : s);

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
  const f = formats(input.locale, input.unit);
  const cjk = input.locale === "ja";
  const names = new Map(input.countries.map((c) => [c.iso3, c.name]));
  const yMax = previewYMax(input.points);
  const withLast = (lines: ReturnType<typeof previewLines>["lines"]) => lines.filter((l) => l.last);
  const probe = withLast(
    previewLines(
      input.points,
      input.countries.map((c) => c.iso3),
      input.from,
      input.to,
      1,
      1,
    ).lines,
  );
  const layout = previewLayout({
    rtl: input.rtl,
    guides: input.guides.map((value) => ({ value, text: f.share(value) })),
    years: yearTicks(input.from, input.to).map((year) => ({ year, text: f.year(year) })),
    legend: probe.map((l) => ({ name: names.get(l.country) ?? l.country, value: f.share(l.last!.value) })),
    from: input.from,
    to: input.to,
    yMax,
  });
  const { plot } = layout;
  const { lines } = previewLines(
    input.points,
    input.countries.map((c) => c.iso3),
    input.from,
    input.to,
    plot.width,
    plot.height,
  );
  const x = input.rtl ? WIDTH - 60 : 60;
  const anchor = input.rtl ? "end" : "start";
  const content = (s: string) => escapeXml(input.rtl ? rtlText(s) : s);
  const text = (tx: number, ty: number, size: number, s: string, attrs = "") =>
    `<text x="${tx}" y="${ty}" font-size="${size}" text-anchor="${anchor}"${input.rtl ? ' direction="rtl"' : ""} ${attrs}>${content(s)}</text>`;
  // a label drawn from its box, anchored where the layout anchored it, so estimated widths only move its far end
  const at = (
    l: { x: number; y: number; width: number; text: string },
    size: number,
    side: "start" | "middle" | "end",
    attrs: string,
  ) =>
    `<text x="${(side === "start" ? l.x : side === "end" ? l.x + l.width : l.x + l.width / 2).toFixed(1)}" y="${(l.y + size).toFixed(1)}" font-size="${size}" text-anchor="${side}" ${attrs}>${content(l.text)}</text>`;
  const description = wrap(fit(input.description, cjk ? 110 : 190), cjk ? 52 : 95, 2);
  const colors = new Map(lines.map((l, i) => [l.country, colorFor(l.country, i)])); // the legend's swatch is its line's colour
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Noto Sans JP, Noto Sans Arabic">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
  ${text(x, 80, 42, input.title, 'font-weight="700" fill="#1b1f24"')}
  ${description.map((l, i) => text(x, 125 + i * 32, 24, l, 'fill="#57606a"')).join("\n  ")}
  ${layout.guides.map((g) => `<line x1="${plot.x}" x2="${plot.x + plot.width}" y1="${g.y}" y2="${g.y}" stroke="#9ca3af" stroke-width="2" stroke-dasharray="10 8"/>${at(g.label, 20, "end", 'fill="#57606a"')}`).join("\n  ")}
  <line class="year-axis" x1="${plot.x}" x2="${plot.x + plot.width}" y1="${plot.y + plot.height}" y2="${plot.y + plot.height}" stroke="#57606a" stroke-width="2"/>
  ${layout.years.map((y) => `<line x1="${y.x}" x2="${y.x}" y1="${plot.y + plot.height}" y2="${plot.y + plot.height + 8}" stroke="#57606a" stroke-width="2"/>${at(y.label, 20, "middle", 'class="year" fill="#57606a"')}`).join("\n  ")}
  <g transform="translate(${plot.x} ${plot.y})">
    ${lines.map((l, i) => `<path d="${l.path}" fill="none" stroke="${colorFor(l.country, i)}" stroke-width="${l.country === "JPN" ? 9 : 4}" stroke-linejoin="round"/>`).join("\n    ")}
  </g>
  ${layout.legend
    .map((e, i) => {
      const country = probe[i]!.country;
      const s = e.swatch;
      return `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${colors.get(country)}"/>${at(e.name, 22, input.rtl ? "end" : "start", 'fill="#1b1f24"')}${at(e.value, 22, input.rtl ? "start" : "end", 'fill="#1b1f24"')}`;
    })
    .join("\n  ")}
  ${text(x, HEIGHT - 28, 20, input.footer, 'fill="#57606a"')}
</svg>`;
}
