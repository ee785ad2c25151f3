"use client";

import { memo, useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { BreakMark } from "@/lib/dashboard/breaks";
import { CHART_BOXES, type ChartBoxName } from "@/lib/dashboard/chart-box";
import { formats } from "@/lib/dashboard/format";
import { colorFor } from "@/lib/dashboard/palette";
import { pathChartGeometry } from "@/lib/dashboard/path-geometry";
import { type PackedPoints, unpackPoints } from "@/lib/dashboard/series";
import { ChartKey } from "./chart-key";
import { ChartPointer } from "./chart-pointer";
import { PathChartSvg } from "./path-chart-svg";
import { PointTooltip } from "./point-tooltip";

interface Props {
  packed: PackedPoints;
  countries: { iso3: string; name: string }[];
  from: number;
  to: number;
  lines: { value: number; label: string }[];
  japanGoal: { year: number; value: number; label: string } | null;
  events: { at: number; label: string }[];
  edition: string;
  description: string;
  /** series breaks in the dataset shown, for the countries shown */
  breaks?: BreakMark[];
}

const VARIANTS = Object.keys(CHART_BOXES) as ChartBoxName[];

/**
 * Japan's path against the selected countries, drawn as SVG in the first HTML (twice: for phones and for wider
 * screens, CSS shows one), with a tooltip once the page is interactive. Memoised: the dashboard re-renders around it
 * (the controls answer before the chart changes) without redrawing it.
 */
export const PathChart = memo(function PathChart({ packed, countries, from, to, lines, japanGoal, events, edition, description, breaks = [] }: Props) {
  const t = useTranslations("chart");
  const locale = useLocale();
  const f = useMemo(() => formats(locale), [locale]);
  const points = useMemo(() => unpackPoints(packed), [packed]);
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const drawings = useMemo(() => {
    const input = { points, countries: countries.map((c) => c.iso3), from, to, lines: lines.map((l) => ({ ...l, short: f.target(l.value) })), goal: japanGoal, events, breaks };
    return VARIANTS.map((name) => ({ name, g: pathChartGeometry(input, CHART_BOXES[name]) }));
  }, [points, countries, from, to, lines, japanGoal, events, breaks, f]);
  const series = countries.map((c, i) => ({ key: c.iso3, name: c.name, color: colorFor(c.iso3, i) }));
  const tooltip = (year: number) => <PointTooltip year={year} items={points.filter((p) => p.year === year && names.has(p.country))} names={names} edition={edition} breaks={breaks} />;
  return (
    <figure className="path-figure">
      {drawings.map(({ name, g }) => (
        <div key={name} className={`chart-variant ${name}`}>
          <ChartPointer g={g} tooltip={tooltip}>
            <PathChartSvg g={g} label={description} year={f.year} percent={f.target} />
          </ChartPointer>
          <ChartKey series={series} notes={g.annotations.key} />
        </div>
      ))}
      <figcaption className="note">
        {t("caption", { lines: f.list(lines.map((l) => l.label)) })}
        {breaks.map((b) => <span key={b.id} className="break-note"><br />{b.marker} {t("seriesBreak", { label: b.label, explanation: b.explanation })}</span>)}
      </figcaption>
    </figure>
  );
});
