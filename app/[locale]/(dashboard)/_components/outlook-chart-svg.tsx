import { Curve, Layer, Surface } from "recharts";
import { dotsPath } from "@/lib/dashboard/geometry/dots-path";
import { diamondsPath, type OutlookChartGeometry } from "@/lib/dashboard/geometry/outlook-geometry";
import { FrameAxes, FrameGrid, frameData } from "./time-frame-svg";

interface Props {
  g: OutlookChartGeometry;
  label: string;
  year: (value: number) => string;
  percent: (value: number) => string;
}

const halo = { stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke", strokeLinejoin: "round" } as const;

/** The outlook chart drawn from its geometry with Recharts' shapes, the same SVG on the server and in the browser. */
export function OutlookChartSvg({ g, label, year, percent }: Props) {
  const { box, plot } = g;
  const right = plot.x + plot.width;
  return (
    <Surface
      className="outlook-chart"
      data-plot={frameData(g)}
      data-years={g.domain.join(" ")}
      width={box.width}
      height={box.height}
      viewBox={{ x: 0, y: 0, ...box }}
      role="img"
      aria-label={label}
      style={{ aspectRatio: `${box.width} / ${box.height}` }}
      fontSize={11}
    >
      <FrameGrid g={g} />
      <Layer className="outlook-guides">
        {g.guides.map((l) => (
          <g key={l.value}>
            <line x1={plot.x} x2={right} y1={l.y} y2={l.y} stroke="#6b7280" strokeDasharray="6 4" />
            <text x={right - 4} y={l.y - 5} textAnchor="end" fill="#4b5563" {...halo}>
              {percent(l.value)}
            </text>
          </g>
        ))}
      </Layer>
      <FrameAxes g={g} year={year} percent={percent} />
      {g.series.map((s) => (
        <Layer
          key={s.country}
          className="series"
          data-country={s.country}
          stroke={s.color}
          strokeWidth={s.strokeWidth}
          fill="none"
          strokeLinejoin="round"
        >
          {s.settled.length > 0 && <Curve type="linear" points={s.settled} />}
          {s.provisional.length > 0 && (
            <Curve type="linear" points={s.provisional} strokeDasharray="5 4" className="provisional" />
          )}
          {s.straight.length > 0 && (
            <Curve type="linear" points={s.straight} strokeDasharray="2 5" strokeWidth={2} className="straight-path" />
          )}
          {s.plans.map((p) => (
            <g key={p.id} className="plan" data-plan={p.id}>
              <Curve type="linear" points={p.points} strokeDasharray="1 3" strokeWidth={1.5} />
              <path d={diamondsPath(p.diamonds, 6)} fill="#fff" strokeWidth={2} />
            </g>
          ))}
          {s.scenario.length > 0 && (
            <Curve type="linear" points={s.scenario} strokeDasharray="8 3 2 3" strokeWidth={2} className="scenario" />
          )}
          {s.dots.some((d) => !d.provisional) && (
            <path
              className="dots"
              d={dotsPath(
                s.dots.filter((d) => !d.provisional),
                2,
              )}
              fill={s.color}
              strokeWidth={1}
            />
          )}
          {s.dots.some((d) => d.provisional) && (
            <path
              className="dots provisional"
              d={dotsPath(
                s.dots.filter((d) => d.provisional),
                3,
              )}
              fill="#fff"
              strokeWidth={2}
            />
          )}
        </Layer>
      ))}
    </Surface>
  );
}
