"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useTranslations } from "next-intl";
import { formats } from "@/lib/dashboard/format";
import type { Figure } from "@/lib/dashboard/series";

interface Props {
  lines: { value: number; label: string }[];
  series: { slug: string; name: string; points: Figure[] }[];
  from: number;
  to: number;
  description: string;
}

const COLORS = ["#bc002d", "#0072b2", "#e69f00", "#009e73", "#cc79a7"];

/** Japan's figures under each definition; the band between the lowest and highest shows the definitional gap. */
export function DefinitionsChart({ lines, series, from, to, description }: Props) {
  const t = useTranslations("chart");
  const f = formats(useLocale());
  const years = new Set(series.flatMap((s) => s.points.map((p) => p.year)));
  const rows = [...years].sort((a, b) => a - b).map((year) => {
    const row: Record<string, number | [number, number] | undefined> = { year };
    const values: number[] = [];
    for (const s of series) {
      const p = s.points.find((x) => x.year === year);
      if (p) {
        row[s.slug] = p.value;
        values.push(p.value);
      }
    }
    if (values.length >= 2) row.gap = [Math.min(...values), Math.max(...values)];
    return row;
  });
  return (
    <div className="chart" role="img" aria-label={description} dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 20, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="year" type="number" domain={[from, Math.max(to, ...years)]} allowDecimals={false} tickFormatter={(v: number) => f.year(v)} />
          <YAxis domain={[0, 2.5]} ticks={[0, 0.5, 1, 1.5, 2, 2.5]} tickFormatter={(v: number) => f.target(v)} width={60} />
          {lines.map((l) => (
            <ReferenceLine key={l.value} y={l.value} stroke="#6b7280" strokeDasharray="6 4" label={{ value: l.label, position: "insideTopLeft", fontSize: 11 }} />
          ))}
          <Area dataKey="gap" name={t("gap")} fill="#fde68a" stroke="none" fillOpacity={0.6} isAnimationActive={false} />
          <Tooltip formatter={(v) => (Array.isArray(v) ? `${f.share(Number(v[0]))} – ${f.share(Number(v[1]))}` : f.share(Number(v)))} labelFormatter={(v) => f.year(Number(v))} />
          <Legend />
          {series.map((s, i) => (
            <Line key={s.slug} dataKey={s.slug} name={s.name} stroke={COLORS[i % COLORS.length]} strokeWidth={s.slug === "sipri" ? 2 : 3} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
