// The straight path to a target: a line from a figure to the target's value in the target's year. It is the
// simplest reading of the Hague declaration's "credible, incremental path" (equal steps every year), not a
// forecast: a year above the line is ahead of it, a year below behind.

export interface YearValue {
  year: number;
  /** percent of GDP */
  value: number;
}

/** NATO's Hague commitment for core defence: 3.5% of GDP by 2035. */
export const HAGUE_CORE: YearValue = { year: 2035, value: 3.5 };
/** The whole Hague commitment, core defence plus up to 1.5% of defence- and security-related spending. */
export const HAGUE_TOTAL: YearValue = { year: 2035, value: 5 };
/** The summit year: the straight path is judged from the figures after it was agreed (June 2025). */
export const HAGUE_PLEDGE_YEAR = 2025;

/**
 * The value the straight path from `start` to `target` gives for `year`. A start already at or above the target
 * gives the target itself: holding the level is the path.
 */
export function onStraightPath(start: YearValue, target: YearValue, year: number): number {
  if (start.value >= target.value || target.year <= start.year) return target.value;
  const step = (target.value - start.value) / (target.year - start.year);
  return start.value + step * (Math.min(year, target.year) - start.year);
}

/** The path's two ends, for drawing; null when the start is already at or above the target (nothing to climb). */
export function straightPath(start: YearValue, target: YearValue): [YearValue, YearValue] | null {
  if (start.value >= target.value || target.year <= start.year) return null;
  return [start, target];
}

/** Percentage points a year the straight path climbs; 0 once at or above the target. */
export function stepPerYear(start: YearValue, target: YearValue): number {
  if (start.value >= target.value || target.year <= start.year) return 0;
  return (target.value - start.value) / (target.year - start.year);
}
