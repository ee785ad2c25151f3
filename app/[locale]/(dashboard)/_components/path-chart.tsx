"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formats } from "@/lib/dashboard/format";
import { type PackedPoints, type Point, toChartRows, unpackPoints } from "@/lib/dashboard/series";
import { colorFor } from "@/lib/dashboard/palette";
import { type BreakMark, breaksAt } from "@/lib/dashboard/breaks";
import { BreakBands } from "./break-bands";

export interface ChartEvent {
  at: number;
  label: string;
}

interface Props {
  packed: PackedPoints;
  countries: { iso3: string; name: string }[];
  from: number;
  to: number;
  lines: { value: number; label: string }[];
  japanGoal: { year: number; value: number; label: string } | null;
  events: ChartEvent[];
  edition: string;
  description: string;
  /** series breaks in the dataset shown, for the countries shown */
  breaks?: BreakMark[];
}

export function PathChart({ packed, countries, from, to, lines, japanGoal, events, edition, description, breaks = [] }: Props) {
  const t = useTranslations("chart");
  const f = formats(useLocale());
  const points = useMemo(() => unpackPoints(packed), [packed]);
  const showGoal = japanGoal && countries.some((c) => c.iso3 === "JPN") && japanGoal.year >= from;
  const lastYear = showGoal ? Math.max(to, japanGoal.year) : to;
  const rows = toChartRows(points, countries.map((c) => c.iso3), from, lastYear);
  const byKey = new Map(points.map((p) => [`${p.country}:${p.year}`, p]));
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const maxValue = Math.max(3.5, ...points.map((p) => p.value));

  return (
    <figure style={{ margin: 0 }}>
      <div className="chart" role="img" aria-label={description} dir="ltr">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 20, right: 24, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            <XAxis dataKey="year" type="number" domain={[from, lastYear]} allowDecimals={false} tickCount={Math.min(lastYear - from + 1, 12)} tickFormatter={(v: number) => f.year(v)} />
            <YAxis domain={[0, Math.ceil(maxValue + 0.2)]} ticks={Array.from({ length: Math.ceil(maxValue + 0.2) + 1 }, (_, i) => i)} tickFormatter={(v: number) => f.target(v)} width={56} />
            {lines.map((l) => (
              <ReferenceLine key={l.value} y={l.value} stroke="#6b7280" strokeDasharray="6 4" label={{ value: l.label, position: "insideTopLeft", fontSize: 11, fill: "#4b5563" }} />
            ))}
            {events.filter((e) => e.at >= from && e.at <= lastYear).map((e) => (
              <ReferenceLine key={e.label} x={e.at} stroke="#9ca3af" label={{ value: e.label, angle: -90, position: "insideTopRight", fontSize: 10, fill: "#6b7280" }} />
            ))}
            {showGoal && <ReferenceDot x={japanGoal.year} y={japanGoal.value} r={7} fill="#fff" stroke="#bc002d" strokeWidth={2} label={{ value: japanGoal.label, position: "left", fontSize: 11, fill: "#bc002d" }} />}
            {BreakBands({ breaks })}
            <Tooltip content={<PointTooltip byKey={byKey} names={names} edition={edition} breaks={breaks} />} />
            <Legend />
            {countries.flatMap((c, i) => {
              const color = colorFor(c.iso3, i);
              const width = c.iso3 === "JPN" ? 4 : 2;
              return [
                <Line key={c.iso3} dataKey={c.iso3} name={c.name} stroke={color} strokeWidth={width} dot={{ r: 2 }} connectNulls isAnimationActive={false} />,
                <Line key={`${c.iso3}~p`} dataKey={`${c.iso3}~p`} name={t("provisionalSeries", { country: c.name })} legendType="none" stroke={color} strokeWidth={width} strokeDasharray="5 4" dot={{ r: 3, fill: "#fff" }} connectNulls isAnimationActive={false} />,
              ];
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="note">
        {t("caption", { lines: f.list(lines.map((l) => l.label)) })}
        {breaks.map((b) => <span key={b.id} className="break-note"><br />{b.marker} {t("seriesBreak", { label: b.label, explanation: b.explanation })}</span>)}
      </figcaption>
    </figure>
  );
}

interface TooltipProps {
  active?: boolean;
  label?: number | string;
  payload?: readonly { dataKey?: unknown; color?: string }[];
  byKey: Map<string, Point>;
  names: Map<string, string>;
  edition: string;
  breaks: BreakMark[];
}

function PointTooltip({ active, label, payload, byKey, names, edition, breaks }: TooltipProps) {
  const t = useTranslations("chart");
  const f = formats(useLocale());
  if (!active || !payload?.length) return null;
  const seen = new Set<string>();
  const items = payload
    .map((entry) => String(entry.dataKey).replace("~p", ""))
    .filter((c) => !seen.has(c) && seen.add(c))
    .map((c) => byKey.get(`${c}:${label}`))
    .filter((p): p is Point => p !== undefined)
    .sort((a, b) => b.value - a.value);
  if (items.length === 0) return null;
  // a source shared by every figure shown (one dataset's usual case) is said once, below them
  const shared = items.every((p) => p.source === items[0]!.source) ? items[0]!.source : undefined;
  const source = (text: string) => <span className="note">{t("source", { source: text.length > 140 ? `${text.slice(0, 140)}…` : text })}</span>;
  return (
    <div className="tooltip">
      <p><strong>{f.year(Number(label))}</strong> · {edition}</p>
      {items.map((p) => (
        <p key={p.country}>
          {names.get(p.country) ?? p.country}: <strong>{f.share(p.value)}</strong> {p.status !== "actual" && <span className="badge">{t(`status.${p.status}`)}</span>}
          {shared === undefined && p.source && <><br />{source(p.source)}</>}
          {p.note && <><br /><span className="note">{p.note}</span></>}
          {breaksAt(breaks, p.country, p.year).map((b) => <span key={b.id}><br /><span className="note break-note">{t("seriesBreak", { label: b.label, explanation: b.explanation })}</span></span>)}
        </p>
      ))}
      {shared && <p>{source(shared)}</p>}
    </div>
  );
}
