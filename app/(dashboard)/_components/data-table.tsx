"use client";

import { useState } from "react";
import { formatPoints, formatRelative, formatShare } from "@/lib/dashboard/format";
import type { Point } from "@/lib/dashboard/series";

interface Props {
  points: Point[];
  countries: { iso3: string; name: string }[];
  from: number;
  to: number;
}

type SortKey = "name" | "first" | "last" | "abs" | "rel";

/** The accessible alternative to the charts: every figure shown, with change over the selected range. */
export function DataTable({ points, countries, from, to }: Props) {
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
      case "name": return r.name;
      case "first": return r.first?.value ?? -Infinity;
      case "last": return r.last?.value ?? -Infinity;
      case "abs": return r.abs ?? -Infinity;
      case "rel": return r.rel ?? -Infinity;
    }
  };
  rows.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
    return sort.desc ? -order : order;
  });
  const years = Array.from(new Set(points.map((p) => p.year))).sort((a, b) => a - b);
  const header = (key: SortKey, label: string, numeric = true) => (
    <th className={numeric ? "num" : undefined} aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"} scope="col">
      <button type="button" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : numeric })}>{label}</button>
    </th>
  );
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Change in defense spending as a share of GDP, {from}–{to}</caption>
          <thead>
            <tr>
              {header("name", "Country", false)}
              {header("first", "First figure")}
              {header("last", "Latest figure")}
              {header("abs", "Change (pp)")}
              {header("rel", "Change (%)")}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso3}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.first ? `${formatShare(r.first.value)} (${r.first.year})` : "—"}</td>
                <td className="num">{r.last ? `${formatShare(r.last.value)} (${r.last.year})${r.last.status !== "actual" ? ` ${r.last.status}` : ""}` : "—"}</td>
                <td className="num">{r.abs !== null ? formatPoints(r.abs) : "—"}</td>
                <td className="num">{r.rel !== null ? formatRelative(r.rel) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>All figures</h2>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Defense spending, percent of GDP, by year</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              {years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.iso3}>
                <th scope="row">{c.name}</th>
                {years.map((y) => {
                  const p = points.find((x) => x.country === c.iso3 && x.year === y);
                  return <td key={y} className="num" title={p ? `${p.status}${p.source ? ` — ${p.source}` : ""}` : undefined}>{p ? `${p.value.toFixed(2)}${p.status !== "actual" ? "*" : ""}` : ""}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">* estimate, budget or plan.</p>
    </>
  );
}
