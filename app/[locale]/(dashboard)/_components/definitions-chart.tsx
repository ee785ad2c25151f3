"use client";

import { useLocale } from "next-intl";
import { Curve, Dot, Layer, Polygon, Surface } from "recharts";
import type { BreakMark } from "@/lib/dashboard/breaks";
import { CHART_BOXES, type ChartBoxName } from "@/lib/dashboard/chart-box";
import type { DefinitionSeries } from "@/lib/dashboard/definition-series";
import { definitionsGeometry } from "@/lib/dashboard/definitions-geometry";
import { formats } from "@/lib/dashboard/format";
import { ChartKey } from "./chart-key";
import { ChartPointer } from "./chart-pointer";
import { DefinitionsTooltip } from "./definitions-tooltip";
import { BreakBands, FrameAxes, FrameGrid } from "./time-frame-svg";

interface Props {
  lines: { value: number; label: string }[];
  series: DefinitionSeries[];
  breaks: BreakMark[];
  country: string;
  from: number;
  to: number;
  description: string;
}

/**
 * One country's figures under each definition, the band between the lowest and highest shaded (the definitional
 * gap); drawn on the server as SVG (a phone's drawing and a wider one), with a tooltip once the page is interactive.
 */
export function DefinitionsChart({ lines, series, breaks, country, from, to, description }: Props) {
  const f = formats(useLocale());
  const tooltip = (year: number) => <DefinitionsTooltip year={year} series={series} breaks={breaks} country={country} />;
  return (
    <figure className="path-figure">
      {(Object.keys(CHART_BOXES) as ChartBoxName[]).map((name) => {
        const g = definitionsGeometry(series, lines, breaks, country, from, to, CHART_BOXES[name]);
        const { plot } = g;
        return (
          <div key={name} className={`chart-variant ${name}`}>
            <ChartPointer g={g} tooltip={tooltip}>
              <Surface className="definitions-chart" width={g.box.width} height={g.box.height} viewBox={{ x: 0, y: 0, ...g.box }} role="img" aria-label={description} style={{ aspectRatio: `${g.box.width} / ${g.box.height}` }} fontSize={11}>
                <FrameGrid g={g} />
                {g.gaps.map((points) => <Polygon key={points[0]!.x} className="definitions-gap" points={points} fill="#fde68a" fillOpacity={0.6} />)}
                <BreakBands g={g} />
                {g.guides.map((l) => (
                  <Layer key={l.value} className="guide">
                    <line x1={plot.x} x2={plot.x + plot.width} y1={l.y} y2={l.y} stroke="#6b7280" strokeDasharray="6 4" />
                    <text x={plot.x + 4} y={l.y - 4} fill="#4b5563" stroke="#fff" strokeWidth={3} paintOrder="stroke">{l.label}</text>
                  </Layer>
                ))}
                <FrameAxes g={g} year={f.year} percent={f.target} />
                {g.series.map((s) => (
                  <Layer key={s.key} className="series" data-series={s.key} stroke={s.color} strokeWidth={s.computed ? 2 : 3} fill="none">
                    <Curve type="linear" points={s.dots} strokeDasharray={s.computed ? "2 3" : undefined} />
                    {s.dots.map((d) => <Dot key={d.year} cx={d.x} cy={d.y} r={3} fill="#fff" strokeWidth={2} />)}
                  </Layer>
                ))}
              </Surface>
            </ChartPointer>
            <ChartKey series={g.series.map((s) => ({ key: s.key, name: s.name, color: s.color }))} notes={[]} />
          </div>
        );
      })}
    </figure>
  );
}
