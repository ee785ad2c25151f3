import type { ReferenceTarget } from "../../reference/targets";
import type { Point } from "./series";

export interface TargetLine {
  label: string;
  value: number;
  /** year by which it is to be met */
  byYear: number;
}

export interface TargetProgress {
  country: string;
  first: Point | null;
  latest: Point | null;
  /** percentage points per year between the first and latest figures in the range */
  averageChange: number | null;
  targets: {
    label: string;
    value: number;
    byYear: number;
    gap: number | null;
    met: boolean;
    neededPerYear: number | null;
  }[];
}

/**
 * Where a country stands against each target: the gap in percentage points from its latest figure, and the
 * change per year it would need to close the gap by the target's year (null once met or past due).
 */
export function targetProgress(country: string, series: Point[], targets: TargetLine[]): TargetProgress {
  const sorted = series.filter((p) => p.country === country).sort((a, b) => a.year - b.year);
  const first = sorted[0] ?? null;
  const latest = sorted.at(-1) ?? null;
  const span = first && latest ? latest.year - first.year : 0;
  const averageChange = first && latest && span > 0 ? (latest.value - first.value) / span : null;
  return {
    country,
    first,
    latest,
    averageChange,
    targets: targets.map((t) => {
      if (!latest) return { ...t, gap: null, met: false, neededPerYear: null };
      const gap = t.value - latest.value;
      const met = gap <= 0;
      const yearsLeft = t.byYear - latest.year;
      return { ...t, gap, met, neededPerYear: !met && yearsLeft > 0 ? gap / yearsLeft : null };
    }),
  };
}

/** What a target's progress needs of a pledge or goal: who it applies to and, for dated ones, by when. */
export type DatedTarget = Pick<ReferenceTarget, "label" | "value" | "targetYear" | "appliesTo">;

/** Dated targets that concern a country: its own national goal where it has one (Japan's 2% by FY2027), else NATO's. */
export function targetsFor(country: string, targets: DatedTarget[]): TargetLine[] {
  const dated = targets.filter((t) => t.targetYear !== null && t.value > 1);
  const lines = new Map<number, TargetLine>();
  for (const t of dated.filter((t) => t.appliesTo === "NATO"))
    lines.set(t.value, { label: t.label, value: t.value, byYear: t.targetYear! });
  for (const t of dated.filter((t) => t.appliesTo === country))
    lines.set(t.value, { label: t.label, value: t.value, byYear: t.targetYear! });
  return [...lines.values()].sort((a, b) => a.value - b.value);
}
