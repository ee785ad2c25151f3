import { Curve, Dot, Layer, Surface } from "recharts";
import { hundredths } from "@/lib/dashboard/geometry/chart-box";
import { dotsPath } from "@/lib/dashboard/geometry/dots-path";
import { EVENT_FONT, LINE_FONT } from "@/lib/dashboard/geometry/path-annotation-layout";
import { EVENT_ROW_HEIGHT, type PathChartGeometry } from "@/lib/dashboard/geometry/path-geometry";
import { BreakBands, FrameAxes, FrameGrid, frameData } from "./time-frame-svg";

interface Props {
  g: PathChartGeometry;
  label: string;
  year: (value: number) => string;
  percent: (value: number) => string;
}

// a white outline, so a label stays readable where a line crosses it
const halo = { stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke", strokeLinejoin: "round" } as const;
const AXIS_FONT = 11;

/**
 * The path chart drawn from its geometry with Recharts' shapes (which render on the server, unlike its chart
 * containers in version 3: recharts#5997): the same SVG in the first HTML and in the browser.
 */
export function PathChartSvg({ g, label, year, percent }: Props) {
  const { box, plot } = g;
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  return (
    <Surface
      className="path-chart"
      data-plot={frameData(g)}
      data-years={g.domain.join(" ")}
      width={box.width}
      height={box.height}
      viewBox={{ x: 0, y: 0, ...box }}
      role="img"
      aria-label={label}
      style={{ aspectRatio: `${box.width} / ${box.height}` }}
      fontSize={AXIS_FONT}
    >
      <FrameGrid g={g} />
      <BreakBands g={g} />
      <Layer className="path-guides">
        {g.guides.map((l) => (
          <line key={l.value} x1={plot.x} x2={right} y1={l.y} y2={l.y} stroke="#6b7280" strokeDasharray="6 4" />
        ))}
        {g.eventLines.map((e) => (
          <line key={e.at} x1={e.x} x2={e.x} y1={plot.y} y2={bottom} stroke="#9ca3af" />
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
          {s.previous.length > 1 && (
            <Curve
              type="linear"
              points={s.previous}
              strokeDasharray="2 3"
              strokeWidth={1.5}
              className="previous-edition"
            />
          )}
          {s.settled.length > 0 && <Curve type="linear" points={s.settled} />}
          {s.provisional.length > 0 && (
            <Curve type="linear" points={s.provisional} strokeDasharray="5 4" className="provisional" />
          )}
          {/* published years as filled dots, estimates and plans as hollow ones: one path each (dots-path.ts) */}
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
      {g.goal && <Dot cx={g.goal.x} cy={g.goal.y} r={7} fill="#fff" stroke="#bc002d" strokeWidth={2} />}
      <Layer className="path-annotations">
        {g.annotations.events.map(
          (e) =>
            e.label && (
              <text
                key={e.n}
                x={hundredths(e.label.x + e.label.width / 2)}
                y={plot.y - 6 - e.label.row * EVENT_ROW_HEIGHT}
                textAnchor="middle"
                fontSize={EVENT_FONT}
                fill="#4b5563"
              >
                <title>{e.full}</title>
                {e.label.text}
              </text>
            ),
        )}
        {g.annotations.lineLabels.map((l) => (
          <text
            key={l.key}
            x={hundredths(l.x + l.width / 2)}
            y={g.yOf(l.value) - 5}
            textAnchor="middle"
            fontSize={LINE_FONT}
            fill={l.key === "goal" ? "#bc002d" : "#4b5563"}
            {...halo}
          >
            {l.text}
          </text>
        ))}
      </Layer>
    </Surface>
  );
}
