import { type EarlierCoverage, earlierCoverage, type EarlierYears } from "../series/earlier-coverage";
import { describePath, type Measure, type Translate } from "../text/describe";
import type { Point } from "../series/series";
import { type DatedTarget, targetProgress, type TargetProgress, targetsFor } from "../series/targets";

// What the path and table views show for a selection, from the figures of the edition shown: the server computes
// it for the first HTML and the browser again on every toggle, with this one function.

export interface PathViewInput {
  /** the edition's figures for the selected countries and years */
  points: Point[];
  countries: string[];
  from: number;
  to: number;
  names: ReadonlyMap<string, string>;
  /** "SIPRI military expenditure, April 2025": the dataset and edition, as the description names them */
  datasetName: string;
  targets: DatedTarget[];
  earlier: EarlierYears | null;
  /** figures the edition leaves out on purpose (every country and year), with the reason said */
  gaps: { country: string; year: number; text: string }[];
  describe: Translate;
  locale: string;
  /** what the figures measure; unset = a share of GDP */
  measure?: Measure;
}

export interface PathView {
  description: string;
  /** selected countries without figures in the range */
  missing: string[];
  tracker: TargetProgress[];
  earlier: EarlierCoverage | null;
  gaps: { country: string; year: number; text: string }[];
}

export function pathView({
  points,
  countries,
  from,
  to,
  names,
  datasetName,
  targets,
  earlier,
  gaps,
  describe,
  locale,
  measure,
}: PathViewInput): PathView {
  const present = new Set(points.map((p) => p.country));
  return {
    description: describePath(points, countries, names, datasetName, describe, locale, measure),
    missing: countries.filter((c) => !present.has(c)),
    tracker: countries.map((c) => targetProgress(c, points, targetsFor(c, targets))),
    earlier: earlierCoverage(earlier, countries, from, to),
    gaps: gaps.filter((g) => countries.includes(g.country) && g.year >= from && g.year <= to),
  };
}
