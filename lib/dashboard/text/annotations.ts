import { TIMELINE_EVENTS } from "../../reference/events";
import type { ReferenceTarget } from "../../reference/targets";
import { formats } from "./format";
import { type Translator, targetLabel } from "./labels";

type TargetLike = Pick<ReferenceTarget, "slug" | "label" | "value" | "targetYear" | "appliesTo">;

/** The pledges drawn as horizontal lines (values and labels come from the reference_targets table). */
const LINE_TARGETS = ["japan-1pct-ceiling", "nato-wales-2pct", "nato-hague-core-3-5pct", "nato-wales-equipment-20pct"];

export function referenceLines(targets: readonly TargetLike[]): { slug: string; value: number; label: string }[] {
  return LINE_TARGETS.map((slug) => targets.find((t) => t.slug === slug))
    .filter((t): t is TargetLike => t !== undefined)
    .map((t) => ({ slug: t.slug, value: t.value, label: t.label }));
}

/** NATO's pledges a ranking is measured against (2% and 3.5% core; the 5% total includes non-defence items). */
export function rankingLines(targets: readonly TargetLike[]): number[] {
  return targets
    .filter((t) => t.appliesTo === "NATO" && t.slug !== "nato-hague-5pct")
    .map((t) => t.value)
    .sort((a, b) => a - b);
}

/**
 * What the path chart draws besides the data, in the reader's language: the pledge lines, Japan's own dated goal
 * (2% by FY2027) as a marker, and the events on the time axis. `t` is the root translator.
 */
export function pathAnnotations(targets: readonly TargetLike[], t: Translator, locale: string) {
  const f = formats(locale);
  const goal = targets.find((g) => g.appliesTo === "JPN" && g.targetYear !== null);
  return {
    lines: referenceLines(targets).map((l) => ({ ...l, label: targetLabel(t, l.slug, l.label) })),
    japanGoal: goal?.targetYear
      ? {
          year: goal.targetYear,
          value: goal.value,
          label: t("dashboard.japanGoal", { value: f.target(goal.value), year: f.year(goal.targetYear) }),
        }
      : null,
    events: TIMELINE_EVENTS.map((e) => ({ at: e.at, label: t(`events.${e.date}`) })),
  };
}
