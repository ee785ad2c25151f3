import type { DeclaredPlan, PlanMilestone } from "../../reference/declared-plans";
import type { Point } from "../series/series";
import { type Standing, standingOf, type YearStanding, yearStandings } from "./standing";
import { HAGUE_PLEDGE_YEAR, onStraightPath, straightPath, stepPerYear, type YearValue } from "./straight-path";

// One country in the outlook: its reported figures on one basis, the straight path from its latest figure to the
// target, how each year since the pledge stood against the path, and its declared plans against the same path.

/** The figures a country is judged on: NATO's core-defence basis where it has them, else the dataset chosen. */
export interface OutlookBasis {
  dataset: string;
  definition: string;
  edition: { id: number; label: string; publishedOn?: string | null };
  /** NATO's core-defence basis (the Hague 3.5%'s own) */
  core: boolean;
}

export interface PlanStanding {
  plan: DeclaredPlan;
  /** each milestone from the latest figure's year on; a later one against the straight path from that figure */
  milestones: (PlanMilestone & { path: number; standing: Standing | null })[];
}

export interface CountryOutlook {
  country: string;
  basis: OutlookBasis;
  points: Point[];
  latest: Point | null;
  /** the dashed straight path from the latest figure to the target; null when the latest is at or above it */
  path: [YearValue, YearValue] | null;
  /** percentage points a year the path climbs */
  step: number;
  /** every year from the pledge year on, against the path from the figure before it */
  standings: YearStanding[];
  plans: PlanStanding[];
}

export function countryOutlook(
  country: string,
  basis: OutlookBasis,
  points: Point[],
  plans: DeclaredPlan[],
  target: YearValue,
): CountryOutlook {
  const own = points.filter((p) => p.country === country).sort((a, b) => a.year - b.year);
  const latest = own.at(-1) ?? null;
  return {
    country,
    basis,
    points: own,
    latest,
    path: latest && straightPath(latest, target),
    step: latest ? stepPerYear(latest, target) : 0,
    standings: yearStandings(own, target, HAGUE_PLEDGE_YEAR),
    plans: plans.map((plan) => ({
      plan,
      milestones: latest
        ? plan.milestones
            .filter((m) => m.year >= latest.year)
            .map((m) => {
              const path = onStraightPath(latest, target, m.year);
              return { ...m, path, standing: m.year > latest.year ? standingOf(m.value, path, target.value) : null };
            })
        : [],
    })),
  };
}
