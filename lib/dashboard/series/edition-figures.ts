import type { EarlierYears } from "./earlier-coverage";
import type { Point } from "./series";

// One edition's figures as the browser keeps them, so a toggle redraws without asking the server: per country its
// first year and one slot per year. Texts that repeat on every row (a dataset's source) are sent once.

const STATUS = { a: "actual", e: "estimate", b: "budget", p: "plan" } as const satisfies Record<
  string,
  Point["status"]
>;
const CODE = Object.fromEntries(Object.entries(STATUS).map(([code, status]) => [status, code])) as Record<
  Point["status"],
  string
>;

export interface CountryFigures {
  from: number;
  /** one per year from `from`; null where the edition has no figure */
  values: (number | null)[];
  /** one letter per year (a, e, b, p; "-" for none) */
  status: string;
  /** index into `texts` per year; -1 for none */
  source: number[];
  note: number[];
}

export interface EditionFigures {
  edition: number;
  texts: string[];
  countries: Record<string, CountryFigures>;
}

/** What the server sends for one edition: its figures, and what its previous edition has that it lacks. */
export interface EditionFiguresResponse {
  figures: EditionFigures;
  earlier: EarlierYears | null;
}

export function packEdition(edition: number, points: Point[]): EditionFigures {
  const texts = new Map<string, number>();
  const text = (s: string | null) => (s === null ? -1 : (texts.get(s) ?? texts.set(s, texts.size).get(s)!));
  const countries: Record<string, CountryFigures> = {};
  for (const p of [...points].sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year)) {
    const c = (countries[p.country] ??= { from: p.year, values: [], status: "", source: [], note: [] });
    while (c.from + c.values.length < p.year) {
      c.values.push(null);
      c.status += "-";
      c.source.push(-1);
      c.note.push(-1);
    }
    c.values.push(p.value);
    c.status += CODE[p.status];
    c.source.push(text(p.source));
    c.note.push(text(p.note));
  }
  return { edition, texts: [...texts.keys()], countries };
}

/** The figures for some countries and years, ordered by country code then year (as the server's query orders them). */
export function figuresFor(
  { texts, countries }: EditionFigures,
  selected: string[],
  from: number,
  to: number,
): Point[] {
  return [...selected].sort().flatMap((country) => {
    const c = countries[country];
    if (!c) return [];
    const out: Point[] = [];
    for (let year = Math.max(from, c.from); year <= Math.min(to, c.from + c.values.length - 1); year++) {
      const i = year - c.from;
      const value = c.values[i];
      if (value === null || value === undefined) continue;
      out.push({
        country,
        year,
        value,
        status: STATUS[c.status[i] as keyof typeof STATUS],
        source: texts[c.source[i]!] ?? null,
        note: texts[c.note[i]!] ?? null,
      });
    }
    return out;
  });
}
