"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { formats } from "@/lib/dashboard/text/format";
import { type Figure, type PackedPoints, unpackPoints } from "@/lib/dashboard/series/series";
import { type BreakMark, breaksAt } from "@/lib/dashboard/series/breaks";
import type { Unit } from "@/lib/reference/units";

interface Props {
  packed: PackedPoints;
  countries: { iso3: string; name: string }[];
  from: number;
  to: number;
  /** series breaks in the dataset shown: marked in the by-year table (†) and explained below it */
  breaks: BreakMark[];
  /** figures the publisher left out on purpose, with why: said in the cell where the figure would be */
  gaps: { country: string; year: number; text: string }[];
  /** the dataset's unit: the figures' format and what the captions say they are */
  unit: Unit;
}

type SortKey = "name" | "first" | "last" | "abs" | "rel";

/** The accessible alternative to the charts: every figure shown, with change over the selected range. */
export function DataTable({ packed, countries, from, to, breaks, gaps, unit }: Props) {
  const t = useTranslations("table");
  const tu = useTranslations("units");
  const points = useMemo(() => unpackPoints(packed), [packed]);
  const locale = useLocale();
  const f = formats(locale, unit);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "last", desc: true });
  const rows = countries.map((c) => {
    const series = points.filter((p) => p.country === c.iso3).sort((a, b) => a.year - b.year);
    const first = series[0];
    const last = series.at(-1);
    const abs = first && last && last !== first ? last.value - first.value : null;
    const rel = abs !== null && first!.value > 0 ? abs / first!.value : null;
    return { ...c, series, first, last, abs, rel };
  });
  const value = (r: (typeof rows)[number]): number | string => {
    switch (sort.key) {
      case "name":
        return r.name;
      case "first":
        return r.first?.value ?? -Infinity;
      case "last":
        return r.last?.value ?? -Infinity;
      case "abs":
        return r.abs ?? -Infinity;
      case "rel":
        return r.rel ?? -Infinity;
    }
  };
  rows.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === "string" ? x.localeCompare(String(y), locale) : x - (y as number);
    return sort.desc ? -order : order;
  });
  const years = Array.from(new Set([...points.map((p) => p.year), ...gaps.map((g) => g.year)])).sort((a, b) => a - b);
  const header = (key: SortKey, numeric = true) => (
    <th
      className={numeric ? "num" : undefined}
      aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}
      scope="col"
    >
      <button type="button" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : numeric })}>
        {t(`columns.${key}`)}
      </button>
    </th>
  );
  const figure = (p: Figure | undefined) => (p ? `${f.share(p.value)} (${f.year(p.year)})` : "—");
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">
            {t(unit === "percent_of_gdp" ? "caption" : "captionIn", {
              from: f.year(from),
              to: f.year(to),
              measure: tu(unit),
            })}
          </caption>
          <thead>
            <tr>
              {header("name", false)}
              {header("first")}
              {header("last")}
              {header("abs")}
              {header("rel")}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso3}>
                <th scope="row">{r.name}</th>
                <td className="num">{figure(r.first)}</td>
                <td className="num">
                  {figure(r.last)}
                  {r.last && r.last.status !== "actual" ? ` ${t(`status.${r.last.status}`)}` : ""}
                </td>
                <td className="num">
                  {r.abs !== null ? (f.inPoints ? t("pp", { value: f.points(r.abs) }) : f.points(r.abs)) : "—"}
                </td>
                <td className="num">{r.rel !== null ? f.relative(r.rel) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("allFigures")}</h2>
      <div className="table-wrap">
        <table className="by-year">
          <caption className="sr-only">{unit === "percent_of_gdp" ? t("byYear") : tu(unit)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.name")}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">
                  {f.year(y)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.iso3}>
                <th scope="row">{c.name}</th>
                {years.map((y) => {
                  const p = points.find((x) => x.country === c.iso3 && x.year === y);
                  const gap = gaps.find((g) => g.country === c.iso3 && g.year === y);
                  if (gap)
                    return (
                      <td key={y} className="num gap" title={gap.text}>
                        {t("noFigure")}‡
                      </td>
                    );
                  const broken = p && breaksAt(breaks, c.iso3, y).some((b) => b.x2 === y);
                  return (
                    <td
                      key={y}
                      className="num"
                      title={p ? `${t(`status.${p.status}`)}${p.source ? ` — ${p.source}` : ""}` : undefined}
                    >
                      {p ? `${f.figure(p.value)}${p.status !== "actual" ? "*" : ""}${broken ? "†" : ""}` : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{t("provisional")}</p>
      {breaks.map((b) => (
        <p key={b.id} className="note break-note">
          † {b.marker} {t("breakNote", { label: b.label, explanation: b.explanation })}
        </p>
      ))}
      {gaps.map((g) => (
        <p key={`${g.country}-${g.year}`} className="note gap-note">
          ‡{" "}
          {t("gapNote", {
            country: countries.find((c) => c.iso3 === g.country)?.name ?? g.country,
            year: f.year(g.year),
            text: g.text,
          })}
        </p>
      ))}
    </>
  );
}
