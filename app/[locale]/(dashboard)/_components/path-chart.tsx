"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formats } from "@/lib/dashboard/format";
import { type PackedPoints, type Point, toChartRows, unpackPoints } from "@/lib/dashboard/series";
import { colorFor } from "@/lib/dashboard/palette";
import { type BreakMark, breaksAt } from "@/lib/dashboard/breaks";
import { BreakBands } from "./break-bands";
import { EVENT_ROWS } from "@/lib/dashboard/path-annotation-layout";
import { yearTicks } from "@/lib/dashboard/year-ticks";
import { ChartKey } from "./chart-key";
import { EVENT_ROW_HEIGHT, PathAnnotations } from "./path-annotations";

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
  const locale = useLocale();
  const f = useMemo(() => formats(locale), [locale]);
  const points = useMemo(() => unpackPoints(packed), [packed]);
  const showGoal = japanGoal && countries.some((c) => c.iso3 === "JPN") && japanGoal.year >= from;
  const lastYear = showGoal ? Math.max(to, japanGoal.year) : to;
  const rows = toChartRows(points, countries.map((c) => c.iso3), from, lastYear);
  const byKey = new Map(points.map((p) => [`${p.country}:${p.year}`, p]));
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const maxValue = Math.max(3.5, ...points.map((p) => p.value));
  const yMax = Math.ceil(maxValue + 0.2);
  const [notes, setNotes] = useState<{ mark: string; text: string }[]>([]);
  const visibleEvents = useMemo(() => events.filter((e) => e.at >= from && e.at <= lastYear), [events, from, lastYear]);
  const lineLabels = useMemo(() => lines.map((l) => ({ ...l, short: f.target(l.value) })), [lines, f]);
  const goal = showGoal ? japanGoal : null;

  return (
    <figure style={{ margin: 0 }}>
      <div className="chart-frame">
        <div className="chart" role="img" aria-label={description} dir="ltr">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={rows} margin={{ top: EVENT_ROWS * EVENT_ROW_HEIGHT + 10, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
              {/* ticks chosen here and all drawn (interval 0): Recharts would otherwise measure each label in the page */}
              <XAxis dataKey="year" type="number" domain={[from, lastYear]} ticks={yearTicks(from, lastYear, 7)} interval={0} tickFormatter={(v: number) => f.year(v)} />
              <YAxis domain={[0, yMax]} ticks={Array.from({ length: yMax + 1 }, (_, i) => i)} interval={0} tickFormatter={(v: number) => f.target(v)} width={44} />
              {BreakBands({ breaks })}
              <Tooltip content={<PointTooltip byKey={byKey} names={names} edition={edition} breaks={breaks} />} />
              {countries.flatMap((c, i) => {
                const color = colorFor(c.iso3, i);
                const width = c.iso3 === "JPN" ? 4 : 2;
                // a dashed series only where the country has estimates, budgets or plans: each Line costs a chart re-render
                const provisional = rows.some((r) => r[`${c.iso3}~p`] !== undefined);
                return [
                  <Line key={c.iso3} dataKey={c.iso3} name={c.name} stroke={color} strokeWidth={width} dot={{ r: 2 }} connectNulls isAnimationActive={false} />,
                  provisional && <Line key={`${c.iso3}~p`} dataKey={`${c.iso3}~p`} name={t("provisionalSeries", { country: c.name })} legendType="none" stroke={color} strokeWidth={width} strokeDasharray="5 4" dot={{ r: 3, fill: "#fff" }} connectNulls isAnimationActive={false} />,
                ];
              })}
              <PathAnnotations from={from} to={lastYear} yMax={yMax} events={visibleEvents} lines={lineLabels} goal={goal} onKey={setNotes} />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <ChartKey series={countries.map((c, i) => ({ key: c.iso3, name: c.name, color: colorFor(c.iso3, i) }))} notes={notes} />
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
