import { useLocale } from "next-intl";
import { textDirection } from "@/i18n/routing";

/**
 * The chart's key, under the plot: a swatch per country, then the full text of labels the plot had to shorten. It
 * sits in the chart's left-to-right pointer area, so it takes the page's own direction back.
 */
export function ChartKey({
  series,
  notes,
}: {
  series: { key: string; name: string; color: string }[];
  notes: { mark: string; text: string }[];
}) {
  return (
    <ul className="chart-key" dir={textDirection(useLocale())}>
      {series.map((s) => (
        <li key={s.key}>
          <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.name}
        </li>
      ))}
      {notes.map((n) => (
        <li key={`${n.mark}:${n.text}`} className="note">
          <span className="mark">{n.mark}</span> {n.text}
        </li>
      ))}
    </ul>
  );
}
