import { onStraightPath, type YearValue } from "./straight-path";

/** How a year stands against the straight path to the target. */
export type Standing = "ahead" | "on" | "behind";

/**
 * Within this many percentage points of the path a year is "on" it: NATO and SIPRI print two decimals, and a
 * revision of a few hundredths is common between editions.
 */
export const ON_PATH_TOLERANCE = 0.05;

export interface YearStanding extends YearValue {
  /** what the straight path from the figure before gives for this year */
  path: number;
  standing: Standing;
}

/** A value against the path's value for its year; at or above the target is always ahead. */
export function standingOf(value: number, path: number, target: number): Standing {
  if (value >= target) return "ahead";
  if (value > path + ON_PATH_TOLERANCE) return "ahead";
  return value < path - ON_PATH_TOLERANCE ? "behind" : "on";
}

/**
 * Every figure from `fromYear` on, against the straight path to `target` drawn from the figure before it: a year
 * is on the path when it climbed at least the equal yearly step that would reach the target in time. A year
 * without an earlier figure is not judged.
 */
export function yearStandings(series: YearValue[], target: YearValue, fromYear: number): YearStanding[] {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  return sorted.flatMap((p, i) => {
    const before = sorted[i - 1];
    if (p.year < fromYear || !before) return [];
    const path = onStraightPath(before, target, p.year);
    return [{ ...p, path, standing: standingOf(p.value, path, target.value) }];
  });
}

export interface Headline {
  year: number;
  /** allies whose figure for `year` is on or ahead of the path */
  onOrAhead: number;
  /** allies judged in `year` (a figure for it and one before it) */
  judged: number;
}

/**
 * How many allies are on or ahead of the straight path in the newest year any of them has: allies only (a partner
 * shown beside them is judged on its own line but never counted). Null when no ally can be judged.
 */
export function headline(
  seriesByCountry: ReadonlyMap<string, YearValue[]>,
  target: YearValue,
  isAlly: (country: string) => boolean,
): Headline | null {
  const allies = [...seriesByCountry].filter(([country]) => isAlly(country));
  const year = Math.max(...allies.flatMap(([, series]) => series.map((p) => p.year)));
  if (!Number.isFinite(year)) return null;
  const judged = allies.flatMap(([, series]) => yearStandings(series, target, year).filter((s) => s.year === year));
  if (judged.length === 0) return null;
  return { year, onOrAhead: judged.filter((s) => s.standing !== "behind").length, judged: judged.length };
}
