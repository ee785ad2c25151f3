import { EVENT_FONT, LINE_FONT } from "@/lib/dashboard/path-annotation-layout";
import { EVENT_ROW_HEIGHT, type PathChartGeometry } from "@/lib/dashboard/path-geometry";

interface Props {
  g: PathChartGeometry;
  label: string;
  year: (value: number) => string;
  percent: (value: number) => string;
}

// a white outline, so a label stays readable where a line crosses it
const halo = { stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke", strokeLinejoin: "round" } as const;
const AXIS_FONT = 11;

/** The path chart drawn from its geometry: plain SVG, the same on the server (first HTML) and in the browser. */
export function PathChartSvg({ g, label, year, percent }: Props) {
  const { box, plot } = g;
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  return (
    <svg className="path-chart" viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={label} style={{ aspectRatio: `${box.width} / ${box.height}` }} fontSize={AXIS_FONT}>
      <g className="grid" stroke="#e5e7eb" strokeDasharray="3 3">
        {g.yTicks.map((t) => <line key={t.value} x1={plot.x} x2={right} y1={t.y} y2={t.y} />)}
        {g.xTicks.map((t) => <line key={t.year} x1={t.x} x2={t.x} y1={plot.y} y2={bottom} />)}
      </g>
      {g.bands.map((b) => (
        <g key={b.id} className="series-break">
          <rect x={b.x1} y={plot.y} width={Math.max(2, b.x2 - b.x1)} height={plot.height} fill="#6b7280" fillOpacity={0.12} stroke="#6b7280" strokeDasharray="2 2" />
          <text x={(b.x1 + b.x2) / 2} y={plot.y + 14} textAnchor="middle" fontSize={13} fill="#374151">{b.marker}</text>
        </g>
      ))}
      <g className="path-guides">
        {g.guides.map((l) => <line key={l.value} x1={plot.x} x2={right} y1={l.y} y2={l.y} stroke="#6b7280" strokeDasharray="6 4" />)}
        {g.eventLines.map((e) => <line key={e.at} x1={e.x} x2={e.x} y1={plot.y} y2={bottom} stroke="#9ca3af" />)}
      </g>
      <g className="axis" fill="#4b5563">
        <line x1={plot.x} x2={right} y1={bottom} y2={bottom} stroke="#6b7280" />
        {g.xTicks.map((t) => <text key={t.year} x={t.x} y={bottom + 17} textAnchor="middle">{year(t.year)}</text>)}
        {g.yTicks.map((t) => <text key={t.value} x={plot.x - 6} y={t.y + 4} textAnchor="end">{percent(t.value)}</text>)}
      </g>
      {g.series.map((s) => (
        <g key={s.country} className="series" data-country={s.country} stroke={s.color} strokeWidth={s.strokeWidth} fill="none" strokeLinejoin="round">
          {s.settled && <path d={s.settled} />}
          {s.provisional && <path d={s.provisional} strokeDasharray="5 4" className="provisional" />}
          {s.dots.map((d) => <circle key={d.year} cx={d.x} cy={d.y} r={d.provisional ? 3 : 2} fill={d.provisional ? "#fff" : s.color} strokeWidth={d.provisional ? 2 : 1} />)}
        </g>
      ))}
      {g.goal && <circle cx={g.goal.x} cy={g.goal.y} r={7} fill="#fff" stroke="#bc002d" strokeWidth={2} />}
      <g className="path-annotations">
        {g.annotations.events.map((e) => e.label && (
          <text key={e.n} x={e.label.x + e.label.width / 2} y={plot.y - 6 - e.label.row * EVENT_ROW_HEIGHT} textAnchor="middle" fontSize={EVENT_FONT} fill="#4b5563">
            <title>{e.full}</title>
            {e.label.text}
          </text>
        ))}
        {g.annotations.lineLabels.map((l) => (
          <text key={l.key} x={l.x + l.width / 2} y={g.yOf(l.value) - 5} textAnchor="middle" fontSize={LINE_FONT} fill={l.key === "goal" ? "#bc002d" : "#4b5563"} {...halo}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
