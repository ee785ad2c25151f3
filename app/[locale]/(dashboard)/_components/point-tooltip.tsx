import { useLocale, useTranslations } from "next-intl";
import { type BreakMark, breaksAt } from "@/lib/dashboard/series/breaks";
import { formats } from "@/lib/dashboard/text/format";
import type { Point } from "@/lib/dashboard/series/series";
import type { Unit } from "@/lib/reference/units";

interface Props {
  year: number;
  /** the figures drawn for that year */
  items: Point[];
  names: Map<string, string>;
  edition: string;
  breaks: BreakMark[];
  /** the dataset's unit, which the figures are written in */
  unit: Unit;
}

/** Every figure of one year with its status, note and source (said once when all share it), and series breaks. */
export function PointTooltip({ year, items, names, edition, breaks, unit }: Props) {
  const t = useTranslations("chart");
  const f = formats(useLocale(), unit);
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const shared = sorted.every((p) => p.source === sorted[0]!.source) ? sorted[0]!.source : undefined;
  const source = (text: string) => (
    <span className="note">{t("source", { source: text.length > 140 ? `${text.slice(0, 140)}…` : text })}</span>
  );
  return (
    <div className="tooltip" role="status">
      <p>
        <strong>{f.year(year)}</strong> · {edition}
      </p>
      {sorted.map((p) => (
        <p key={p.country}>
          {names.get(p.country) ?? p.country}: <strong>{f.share(p.value)}</strong>{" "}
          {p.status !== "actual" && <span className="badge">{t(`status.${p.status}`)}</span>}
          {shared === undefined && p.source && (
            <>
              <br />
              {source(p.source)}
            </>
          )}
          {p.note && (
            <>
              <br />
              <span className="note">{p.note}</span>
            </>
          )}
          {breaksAt(breaks, p.country, p.year).map((b) => (
            <span key={b.id}>
              <br />
              <span className="note break-note">
                {t("seriesBreak", { label: b.label, explanation: b.explanation })}
              </span>
            </span>
          ))}
        </p>
      ))}
      {shared && <p>{source(shared)}</p>}
    </div>
  );
}
