"use client";

import { memo, useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { BreakMark } from "@/lib/dashboard/series/breaks";
import { CHART_BOXES, type ChartBoxName } from "@/lib/dashboard/geometry/chart-box";
import { formats } from "@/lib/dashboard/text/format";
import { unpackPoints } from "@/lib/dashboard/series/series";
import { ChartPointer } from "./chart-pointer";
import { PathDrawing } from "./drawings";
import type { PathDrawingProps } from "./path-drawing";
import { PointTooltip } from "./point-tooltip";
import { ServerDrawing } from "./server-drawing";
import { ServerMessage } from "./message";

type Props = Omit<PathDrawingProps, "box" | "breaks"> & {
  /** the publisher and edition, for the tooltip */
  edition: string;
  /** series breaks in the dataset shown, for the countries shown */
  breaks?: BreakMark[];
};

const VARIANTS = Object.keys(CHART_BOXES) as ChartBoxName[];
const NO_BREAKS: BreakMark[] = [];

/**
 * Japan's path against the selected countries, drawn as SVG in the first HTML (twice: for phones and for wider
 * screens, CSS shows one), with a tooltip once the page is interactive. Memoised: the dashboard re-renders around it
 * (the controls answer before the chart changes) without redrawing it.
 */
export const PathChart = memo(function PathChart({
  packed,
  countries,
  from,
  to,
  lines,
  japanGoal,
  events,
  edition,
  description,
  breaks = NO_BREAKS,
  previous = null,
  unit,
}: Props) {
  const t = useTranslations("chart");
  const f = formats(useLocale());
  const points = useMemo(() => unpackPoints(packed), [packed]);
  const tooltip = (year: number) => {
    const names = new Map(countries.map((c) => [c.iso3, c.name]));
    return (
      <PointTooltip
        year={year}
        items={points.filter((p) => p.year === year && names.has(p.country))}
        names={names}
        edition={edition}
        breaks={breaks}
        unit={unit}
      />
    );
  };
  return (
    <figure className="path-figure">
      {VARIANTS.map((name) => (
        <div key={name} className={`chart-variant ${name}`}>
          <ChartPointer tooltip={tooltip}>
            <ServerDrawing
              component={PathDrawing}
              variant={name}
              props={{
                packed,
                countries,
                from,
                to,
                lines,
                japanGoal,
                events,
                breaks,
                description,
                previous,
                unit,
                box: CHART_BOXES[name],
              }}
            />
          </ChartPointer>
        </div>
      ))}
      <figcaption className="note">
        {lines.length > 0 ? (
          <ServerMessage namespace="chart" id="caption" values={{ lines: f.list(lines.map((l) => l.label)) }} />
        ) : (
          <ServerMessage namespace="chart" id="captionNoLines" values={{}} />
        )}
        {breaks.map((b) => (
          <span key={b.id} className="break-note">
            <br />
            {b.marker} {t("seriesBreak", { label: b.label, explanation: b.explanation })}
          </span>
        ))}
      </figcaption>
    </figure>
  );
});
