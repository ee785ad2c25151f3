import { TIMELINE_EVENTS } from "../reference/events";

interface TargetLike {
  value: number;
  targetYear: number | null;
  appliesTo: string;
}

/** Horizontal reference lines for the path chart, labelled with the pledge they stand for. */
export function referenceLines(targets: TargetLike[]): { value: number; label: string }[] {
  const hague = targets.find((t) => t.appliesTo === "NATO" && t.value === 3.5);
  return [
    { value: 1, label: "1% (Japan's old ceiling)" },
    { value: 2, label: "2% (Wales 2014)" },
    { value: 3.5, label: `3.5% (The Hague 2025, by ${hague?.targetYear ?? 2035})` },
  ];
}

/** Japan's own dated goal (2% by FY2027), drawn as a marker. */
export function japanGoal(targets: TargetLike[]): { year: number; value: number; label: string } | null {
  const goal = targets.find((t) => t.appliesTo === "JPN" && t.targetYear !== null);
  return goal?.targetYear ? { year: goal.targetYear, value: goal.value, label: `Japan goal ${goal.value}% FY${goal.targetYear}` } : null;
}

export const chartEvents = () => TIMELINE_EVENTS.map((e) => ({ at: e.at, label: e.label }));
