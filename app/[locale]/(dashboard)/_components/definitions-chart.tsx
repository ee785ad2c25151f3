"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { formats } from "@/lib/dashboard/format";
import type { BreakMark } from "@/lib/dashboard/breaks";
import { type DefinitionSeries, toDefinitionRows } from "@/lib/dashboard/definition-series";
import { BreakBands } from "./break-bands";
import { DefinitionsTooltip } from "./definitions-tooltip";

interface Props {
  lines: { value: number; label: string }[];
  series: DefinitionSeries[];
  breaks: BreakMark[];
  country: string;
  from: number;
  to: number;
  description: string;
}

const COLORS = ["#bc002d", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#332288"];

/** One country's figures under each definition; the band between the lowest and highest shows the definitional gap. */
export function DefinitionsChart({ lines, series, breaks, country, from, to, description }: Props) {
  const f = formats(useLocale());
  // Japan red is Japan's alone
  const palette = country === "JPN" ? COLORS : COLORS.slice(1);
  const rows = toDefinitionRows(series);
  const years = rows.map((r) => r.year);
  const max = Math.max(2.5, ...series.flatMap((s) => s.points.map((p) => p.value)));
  const top = Math.ceil(max * 2) / 2;
  return (
    <div className="chart" role="img" aria-label={description} dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 20, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="year" type="number" domain={[Math.min(from, ...years), Math.max(to, ...years)]} allowDecimals={false} tickFormatter={(v: number) => f.year(v)} />
          <YAxis domain={[0, top]} ticks={Array.from({ length: top * 2 + 1 }, (_, i) => i / 2)} tickFormatter={(v: number) => f.target(v)} width={60} />
          {lines.map((l) => (
            <ReferenceLine key={l.value} y={l.value} stroke="#6b7280" strokeDasharray="6 4" label={{ value: l.label, position: "insideTopLeft", fontSize: 11 }} />
          ))}
          {BreakBands({ breaks })}
          <Area dataKey="gap" legendType="none" fill="#fde68a" stroke="none" fillOpacity={0.6} isAnimationActive={false} />
          <Tooltip content={<DefinitionsTooltip series={series} breaks={breaks} country={country} />} />
          <Legend />
          {series.map((s, i) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={palette[i % palette.length]} strokeWidth={s.computed ? 2 : 3} strokeDasharray={s.computed ? "2 3" : undefined} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
