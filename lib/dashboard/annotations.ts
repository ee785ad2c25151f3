import { TIMELINE_EVENTS } from "../reference/events";

interface TargetLike {
  slug: string;
  label: string;
  value: number;
  targetYear: number | null;
  appliesTo: string;
}

/** The pledges drawn as horizontal lines (values and labels come from the reference_targets table). */
const LINE_TARGETS = ["japan-1pct-ceiling", "nato-wales-2pct", "nato-hague-core-3-5pct"];

export function referenceLines(targets: TargetLike[]): { slug: string; value: number; label: string }[] {
  return LINE_TARGETS.map((slug) => targets.find((t) => t.slug === slug))
    .filter((t): t is TargetLike => t !== undefined)
    .map((t) => ({ slug: t.slug, value: t.value, label: t.label }));
}

/** NATO's pledges a ranking is measured against (2% and 3.5% core; the 5% total includes non-defence items). */
export function rankingLines(targets: TargetLike[]): number[] {
  return targets.filter((t) => t.appliesTo === "NATO" && t.slug !== "nato-hague-5pct").map((t) => t.value).sort((a, b) => a - b);
}

/** Japan's own dated goal (2% by FY2027), drawn as a marker. */
export function japanGoal(targets: TargetLike[]): { year: number; value: number; label: string } | null {
  const goal = targets.find((t) => t.appliesTo === "JPN" && t.targetYear !== null);
  return goal?.targetYear ? { year: goal.targetYear, value: goal.value, label: `Japan goal ${goal.value}% FY${goal.targetYear}` } : null;
}

export const chartEvents = () => TIMELINE_EVENTS.map((e) => ({ at: e.at, label: e.label, date: e.date }));
