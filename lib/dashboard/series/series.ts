// Chart-ready shapes computed without pixels; the Recharts components only draw them.
export interface Point {
  country: string;
  year: number;
  value: number;
  status: "actual" | "estimate" | "budget" | "plan";
  note: string | null;
  source: string | null;
}

/**
 * A point as a client component gets it when it shows no per-figure provenance (the table, the definitions chart):
 * React sends every prop of every point to the browser, and a dataset's source text repeats on each of its rows.
 */
export type Figure = Omit<Point, "source" | "note">;
export const toFigure = ({ country, year, value, status }: Point): Figure => ({ country, year, value, status });

/** Points for a component that does show their sources (the path chart's tooltip): each distinct text sent once. */
export interface PackedPoints {
  sources: string[];
  /** `source` indexes `sources`; -1 for none */
  points: (Omit<Point, "source"> & { source: number })[];
}

export function packPoints(points: Point[]): PackedPoints {
  const index = new Map<string, number>();
  return {
    points: points.map((p) => {
      if (p.source === null) return { ...p, source: -1 };
      let i = index.get(p.source);
      if (i === undefined) index.set(p.source, (i = index.size));
      return { ...p, source: i };
    }),
    sources: [...index.keys()],
  };
}

export const unpackPoints = ({ sources, points }: PackedPoints): Point[] =>
  points.map((p) => ({ ...p, source: sources[p.source] ?? null }));

/** A provisional figure (NATO/SIPRI estimate, budget, plan) is drawn dashed, never as a settled fact. */
export const isProvisional = (p: Pick<Point, "status">) => p.status !== "actual";

export type ChartRow = { year: number } & Record<string, number | null | undefined>;

/**
 * One row per year; for each country `<ISO3>` holds settled values and `<ISO3>~p` provisional ones. The last
 * settled point is repeated in the provisional series so the dashed part continues the solid line.
 */
export function toChartRows(points: Figure[], countries: string[], from: number, to: number): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  for (let y = from; y <= to; y++) rows.set(y, { year: y });
  for (const country of countries) {
    const series = points.filter((p) => p.country === country).sort((a, b) => a.year - b.year);
    series.forEach((p, i) => {
      const row = rows.get(p.year);
      if (!row) return;
      if (isProvisional(p)) {
        row[`${country}~p`] = p.value;
        const prev = series[i - 1];
        if (prev && !isProvisional(prev)) rows.get(prev.year)![`${country}~p`] = prev.value;
      } else row[country] = p.value;
    });
  }
  return [...rows.values()];
}

/**
 * A figure in a ranking. `comparator`: a partner's figure from another definition (SIPRI's, where NATO publishes
 * none), drawn beside the dataset's own figures and named as such.
 */
export type RankingFigure = Point & { comparator?: boolean };

export interface RankedCountry extends Point {
  name: string;
  rank: number;
  ally: boolean;
  comparator: boolean;
}

/**
 * Every country's figure for one year, highest first. The counts per line are of allies only (`isAlly`): a partner
 * drawn beside them for comparison (Japan or South Korea, with SIPRI's figure) is ranked but never counted.
 */
export function rankCountries(
  points: RankingFigure[],
  year: number,
  names: ReadonlyMap<string, string>,
  lines: number[],
  isAlly: (country: string) => boolean,
) {
  const ranked = points
    .filter((p) => p.year === year)
    .sort((a, b) => b.value - a.value || a.country.localeCompare(b.country))
    .map(({ comparator = false, ...p }, i): RankedCountry => ({
      ...p,
      name: names.get(p.country) ?? p.country,
      rank: i + 1,
      ally: !comparator && isAlly(p.country),
      comparator,
    }));
  const allies = ranked.filter((r) => r.ally);
  const meeting = Object.fromEntries(lines.map((l) => [l, allies.filter((r) => r.value >= l).length]));
  return { year, ranked, meeting, allies: allies.length, partners: ranked.length - allies.length };
}

/** Latest year with figures in [from, to], or null. */
export function latestYear(points: Point[], from: number, to: number): number | null {
  let latest: number | null = null;
  for (const p of points) if (p.year >= from && p.year <= to && (latest === null || p.year > latest)) latest = p.year;
  return latest;
}
