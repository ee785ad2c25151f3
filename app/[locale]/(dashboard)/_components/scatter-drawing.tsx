import type { ChartBox } from "@/lib/dashboard/geometry/chart-box";
import { JAPAN_COLOR } from "@/lib/dashboard/geometry/palette";
import { scatterGeometry } from "@/lib/dashboard/geometry/scatter-geometry";
import { formats } from "@/lib/dashboard/text/format";
import type { EquipmentScatter } from "@/lib/dashboard/view/equipment-scatter";

interface Props {
  model: EquipmentScatter;
  /** the selected countries, named beside their dots */
  labelled: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
  axes: { x: string; y: string };
  description: string;
  locale: string;
  box: ChartBox;
}

/** The scatter drawn for one box, as plain SVG (server-only: nothing to hydrate). Each dot names its ally. */
export function ScatterDrawing({ model, labelled, names, axes, description, locale, box }: Props) {
  const f = formats(locale);
  const g = scatterGeometry(model.dots, model.lines, labelled, box);
  const bottom = g.plot.y + g.plot.height;
  const right = g.plot.x + g.plot.width;
  return (
    <svg
      className="scatter-chart"
      width={box.width}
      height={box.height}
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-label={description}
      style={{ aspectRatio: `${box.width} / ${box.height}` }}
      fontSize={11}
    >
      <g className="grid" stroke="#e5e7eb" strokeDasharray="3 3">
        {g.xTicks.map((t) => (
          <line key={`x${t.value}`} x1={t.x} x2={t.x} y1={g.plot.y} y2={bottom} />
        ))}
        {g.yTicks.map((t) => (
          <line key={`y${t.value}`} x1={g.plot.x} x2={right} y1={t.y} y2={t.y} />
        ))}
      </g>
      <g className="axis" fill="#4b5563">
        {g.xTicks.map((t) => (
          <text key={`x${t.value}`} x={t.x} y={bottom + 14} textAnchor="middle">
            {f.target(t.value)}
          </text>
        ))}
        {g.yTicks.map((t) => (
          <text key={`y${t.value}`} x={g.plot.x - 4} y={t.y + 4} textAnchor="end">
            {f.target(t.value)}
          </text>
        ))}
        <text x={(g.plot.x + right) / 2} y={box.height - 6} textAnchor="middle">
          {axes.x}
        </text>
      </g>
      <text className="y-title" x={g.plot.x + 4} y={g.plot.y + 10} fill="#4b5563">
        {axes.y}
      </text>
      <g className="guideline" stroke="#374151" strokeDasharray="6 4">
        <line x1={g.lines.x} x2={g.lines.x} y1={g.plot.y} y2={bottom} />
        <line x1={g.plot.x} x2={right} y1={g.lines.y} y2={g.lines.y} />
      </g>
      <g className="dots">
        {g.dots.map((d) => {
          const selected = labelled.has(d.country);
          const color = d.country === "JPN" ? JAPAN_COLOR : selected ? "#0072b2" : "#6b7f99";
          return (
            <g key={d.country} className="dot" data-country={d.country}>
              <title>{`${names.get(d.country) ?? d.country}: ${f.share(d.x)} · ${f.share(d.y)}`}</title>
              <circle
                cx={d.cx}
                cy={d.cy}
                r={selected ? 5 : 4}
                fill={d.estimate ? "#ffffff" : color}
                stroke={color}
                strokeWidth={d.estimate ? 1.5 : 0}
              />
              {d.label && (
                <text x={d.label.x} y={d.label.y} fill="#1f2937" fontWeight={600}>
                  {labelled.get(d.country)}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
