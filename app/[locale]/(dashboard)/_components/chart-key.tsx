/**
 * The chart's key, under the plot: a swatch per country, then the full text of labels the plot had to shorten. It
 * sits in the chart's left-to-right pointer area, so it takes the page's own direction back (`dir`).
 */
export function ChartKey({ series, notes, dir }: { series: { key: string; name: string; color: string }[]; notes: { mark: string; text: string }[]; dir: "ltr" | "rtl" }) {
  return (
    <ul className="chart-key" dir={dir}>
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
