import { useLocale } from "next-intl";
import { Layer, Rectangle, Surface } from "recharts";
import type { ChartBox } from "@/lib/dashboard/geometry/chart-box";
import { formats } from "@/lib/dashboard/text/format";
import { JAPAN_COLOR } from "@/lib/dashboard/geometry/palette";
import { type RankedBar, rankingGeometry } from "@/lib/dashboard/geometry/ranking-geometry";
import type { Unit } from "@/lib/reference/units";

export interface RankingDrawingProps {
  /** `ally: false` marks a partner drawn beside the allies (in another colour, never counted); `comparator` one whose
   * figure is SIPRI's, standing in where the dataset has none */
  ranked: RankedBar[];
  lines: { value: number; label: string }[];
  highlight: string[];
  description: string;
  box: ChartBox;
  unit: Unit;
}

const fill = (r: RankedBar, highlight: string[]) =>
  r.country === "JPN"
    ? JAPAN_COLOR
    : !r.comparator && highlight.includes(r.country)
      ? "#0072b2"
      : !r.ally
        ? "#c9a227"
        : "#9db4cc";

/** One year ranked, drawn for one box. Each bar names its country and figure in its tooltip; estimates are faded. */
export function RankingDrawing({ ranked, lines, highlight, description, box, unit }: RankingDrawingProps) {
  const f = formats(useLocale(), unit);
  const g = rankingGeometry(
    ranked,
    lines.map((l) => l.value),
    box.width,
  );
  const bottom = g.plot.y + g.plot.height;
  return (
    <Surface
      className="ranking-chart"
      width={g.box.width}
      height={g.box.height}
      viewBox={{ x: 0, y: 0, ...g.box }}
      role="img"
      aria-label={description}
      style={{ aspectRatio: `${g.box.width} / ${g.box.height}` }}
      fontSize={11}
    >
      <Layer className="grid" stroke="#e5e7eb" strokeDasharray="3 3">
        {g.ticks.map((t) => (
          <line key={t.value} x1={t.x} x2={t.x} y1={g.plot.y} y2={bottom} />
        ))}
      </Layer>
      <Layer className="axis" fill="#4b5563">
        {g.ticks.map((t) => (
          <text key={t.value} x={t.x} y={bottom + 16} textAnchor="middle">
            {f.axis(t.value)}
          </text>
        ))}
      </Layer>
      {g.bars.map((b) => (
        <Layer key={b.country} className="bar-row">
          <title>{`${b.name}: ${f.share(b.value)}`}</title>
          <text x={g.plot.x - 6} y={b.y + b.height - 1} textAnchor="end" fill="#1f2937">
            {b.label}
          </text>
          <Rectangle
            className="bar"
            x={g.plot.x}
            y={b.y}
            width={Math.max(1, b.width)}
            height={b.height}
            fill={fill(b, highlight)}
            fillOpacity={b.status === "actual" ? 1 : 0.55}
            stroke={b.status === "actual" ? undefined : "#374151"}
            strokeDasharray={b.status === "actual" ? undefined : "3 2"}
          />
          <text x={g.plot.x + b.width + 4} y={b.y + b.height - 1} fill="#4b5563" fontSize={10}>
            {f.inPoints ? f.figure(b.value) : f.share(b.value)}
          </text>
        </Layer>
      ))}
      {g.lines.map((l, i) => (
        <Layer key={l.value} className="ranking-line">
          <line x1={l.x} x2={l.x} y1={g.plot.y - 4} y2={bottom} stroke="#374151" strokeDasharray="6 4" />
          <text x={l.x} y={g.plot.y - 8} textAnchor="middle" fill="#374151">
            {lines[i]!.label}
          </text>
        </Layer>
      ))}
    </Surface>
  );
}
