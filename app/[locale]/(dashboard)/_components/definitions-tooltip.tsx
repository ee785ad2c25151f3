import { useLocale, useTranslations } from "next-intl";
import { type BreakMark, breaksAt } from "@/lib/dashboard/series/breaks";
import type { DefinitionSeries } from "@/lib/dashboard/series/definition-series";
import { formats } from "@/lib/dashboard/text/format";

interface Props {
  year: number;
  series: DefinitionSeries[];
  breaks: BreakMark[];
  country: string;
}

/** Each series' figure for the year; a computed share says so and gives its formula; a series break is explained. */
export function DefinitionsTooltip({ year, series, breaks, country }: Props) {
  const t = useTranslations("chart");
  const f = formats(useLocale());
  const items = series
    .flatMap((s) => s.points.filter((p) => p.year === year).map((p) => ({ s, p })))
    .sort((a, b) => b.p.value - a.p.value);
  if (items.length === 0) return null;
  const explained = new Set<string>();
  return (
    <div className="tooltip">
      <p>
        <strong>{f.year(year)}</strong>
      </p>
      {items.map(({ s, p }) => (
        <p key={s.key}>
          {s.name}: <strong>{f.share(p.value)}</strong>{" "}
          {s.computed && <span className="badge computed">{t("computed")}</span>}{" "}
          {p.status !== "actual" && <span className="badge">{t(`status.${p.status}`)}</span>}
          {p.formula && (
            <>
              <br />
              <span className="note formula">{p.formula}</span>
            </>
          )}
          {breaksAt(
            breaks.filter((b) => b.series === s.breakKey),
            country,
            year,
          )
            .filter((b) => !explained.has(b.id) && explained.add(b.id))
            .map((b) => (
              <span key={b.id}>
                <br />
                <span className="note break-note">
                  {t("seriesBreak", { label: b.label, explanation: b.explanation })}
                </span>
              </span>
            ))}
        </p>
      ))}
    </div>
  );
}
