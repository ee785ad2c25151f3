import { useLocale } from "next-intl";
import { Curve, Dot, Layer, Polygon, Surface } from "recharts";
import type { BreakMark } from "@/lib/dashboard/series/breaks";
import type { ChartBox } from "@/lib/dashboard/geometry/chart-box";
import type { DefinitionSeries } from "@/lib/dashboard/series/definition-series";
import { definitionsGeometry } from "@/lib/dashboard/geometry/definitions-geometry";
import { formats } from "@/lib/dashboard/text/format";
import { ChartKey } from "./chart-key";
import { BreakBands, FrameAxes, FrameGrid, frameData } from "./time-frame-svg";

export interface DefinitionsDrawingProps {
  lines: { value: number; label: string }[];
  series: DefinitionSeries[];
  breaks: BreakMark[];
  country: string;
  from: number;
  to: number;
  description: string;
  box: ChartBox;
}

/** One country's figures under each definition drawn for one box, the definitional gap shaded, and the key. */
export function DefinitionsDrawing({
  lines,
  series,
  breaks,
  country,
  from,
  to,
  description,
  box,
}: DefinitionsDrawingProps) {
  const f = formats(useLocale());
  const g = definitionsGeometry(series, lines, breaks, country, from, to, box);
  const { plot } = g;
  return (
    <>
      <Surface
        className="definitions-chart"
        data-plot={frameData(g)}
        data-years={g.domain.join(" ")}
        width={g.box.width}
        height={g.box.height}
        viewBox={{ x: 0, y: 0, ...g.box }}
        role="img"
        aria-label={description}
        style={{ aspectRatio: `${g.box.width} / ${g.box.height}` }}
        fontSize={11}
      >
        <FrameGrid g={g} />
        {g.gaps.map((points) => (
          <Polygon key={points[0]!.x} className="definitions-gap" points={points} fill="#fde68a" fillOpacity={0.6} />
        ))}
        <BreakBands g={g} />
        {g.guides.map((l) => (
          <Layer key={l.value} className="guide">
            <line x1={plot.x} x2={plot.x + plot.width} y1={l.y} y2={l.y} stroke="#6b7280" strokeDasharray="6 4" />
            <text x={plot.x + 4} y={l.y - 4} fill="#4b5563" stroke="#fff" strokeWidth={3} paintOrder="stroke">
              {l.label}
            </text>
          </Layer>
        ))}
        <FrameAxes g={g} year={f.year} percent={f.target} />
        {g.series.map((s) => (
          <Layer
            key={s.key}
            className="series"
            data-series={s.key}
            stroke={s.color}
            strokeWidth={s.computed ? 2 : 3}
            fill="none"
          >
            <Curve type="linear" points={s.dots} strokeDasharray={s.computed ? "2 3" : undefined} />
            {s.dots.map((d) => (
              <Dot key={d.year} cx={d.x} cy={d.y} r={3} fill="#fff" strokeWidth={2} />
            ))}
          </Layer>
        ))}
      </Surface>
      <ChartKey series={g.series.map((s) => ({ key: s.key, name: s.name, color: s.color }))} notes={[]} />
    </>
  );
}
