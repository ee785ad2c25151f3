"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { formats } from "@/lib/dashboard/format";
import { JAPAN_COLOR } from "@/lib/dashboard/palette";

interface Props {
  /** `ally: false` marks a partner drawn beside the allies (hatched, never counted) */
  ranked: { country: string; name: string; value: number; status: string; rank: number; ally: boolean }[];
  lines: { value: number; label: string }[];
  highlight: string[];
  description: string;
}

export function RankingChart({ ranked, lines, highlight, description }: Props) {
  const f = formats(useLocale());
  const height = Math.max(320, ranked.length * 18 + 60);
  return (
    <div style={{ width: "100%", height }} role="img" aria-label={description} dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={ranked} layout="vertical" margin={{ top: 20, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e5e7eb" />
          <XAxis type="number" tickFormatter={(v: number) => f.target(v)} domain={[0, (max: number) => Math.ceil(Math.max(max, 3.5) + 0.2)]} />
          <YAxis type="category" dataKey="name" width={130} interval={0} tick={{ fontSize: 11 }} />
          {lines.map((l) => (
            <ReferenceLine key={l.value} x={l.value} stroke="#374151" strokeDasharray="6 4" label={{ value: l.label, position: "top", fontSize: 11 }} />
          ))}
          <Tooltip formatter={(v) => f.share(Number(v))} />
          <Bar dataKey="value" isAnimationActive={false}>
            {ranked.map((r) => (
              <Cell
                key={r.country}
                fill={r.country.startsWith("JPN") ? JAPAN_COLOR : highlight.includes(r.country) ? "#0072b2" : !r.ally ? "#c9a227" : "#9db4cc"}
                fillOpacity={r.status === "actual" ? 1 : 0.55}
                stroke={r.status === "actual" ? undefined : "#374151"}
                strokeDasharray={r.status === "actual" ? undefined : "3 2"}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
