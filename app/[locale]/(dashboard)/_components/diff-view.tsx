import { useLocale, useTranslations } from "next-intl";
import { formats } from "@/lib/dashboard/text/format";
import type { EditionDiff } from "@/lib/import/diff-editions";

/** What replacing one edition with another changes: counts, per country, and the largest revisions first. */
export function DiffView({ diff, limit = 100 }: { diff: EditionDiff; limit?: number }) {
  const t = useTranslations("diff");
  const f = formats(useLocale());
  const fmt = (v: number | null) => (v === null ? "—" : f.figure(v));
  return (
    <section aria-labelledby="diff-title">
      <h3 id="diff-title">
        {t("changes")} <span className="diff-added">{t("added", { count: diff.added })}</span> ·{" "}
        <span className="diff-removed">{t("removed", { count: diff.removed })}</span> ·{" "}
        <span className="diff-changed">
          {t("changed", { count: diff.changed })}
          {diff.changed > 0 && <> {t("changedBy", diff.changedBy)}</>}
        </span>{" "}
        · {t("unchanged", { count: diff.unchanged })}
      </h3>
      {diff.changes.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{t("largestFirst")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("country")}</th>
                <th scope="col" className="num">
                  {t("year")}
                </th>
                <th scope="col">{t("change")}</th>
                <th scope="col" className="num">
                  {t("before")}
                </th>
                <th scope="col" className="num">
                  {t("after")}
                </th>
                <th scope="col" className="num">
                  {t("delta")}
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.changes.slice(0, limit).map((c) => (
                <tr key={`${c.country}-${c.year}`}>
                  <th scope="row">{c.country}</th>
                  <td className="num">{f.year(c.year)}</td>
                  <td className={`diff-${c.kind}`}>
                    {c.detail && c.detail !== "revised" ? t(`detail.${c.detail}`) : t(`kind.${c.kind}`)}
                    {c.beforeStatus && c.afterStatus && c.beforeStatus !== c.afterStatus
                      ? ` (${c.beforeStatus} → ${c.afterStatus})`
                      : ""}
                  </td>
                  <td className="num">{fmt(c.before)}</td>
                  <td className="num">{fmt(c.after)}</td>
                  <td className="num">{c.before !== null && c.after !== null ? f.points(c.after - c.before) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {diff.changes.length > limit && (
        <p className="note">{t("listed", { limit, total: diff.added + diff.removed + diff.changed })}</p>
      )}
      {diff.byCountry.length > 0 && (
        <details>
          <summary>{t("perCountry", { count: diff.byCountry.length })}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("country")}</th>
                <th scope="col" className="num">
                  {t("kind.added")}
                </th>
                <th scope="col" className="num">
                  {t("kind.removed")}
                </th>
                <th scope="col" className="num">
                  {t("kind.changed")}
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.byCountry.map((c) => (
                <tr key={c.country}>
                  <th scope="row">{c.country}</th>
                  <td className="num">{c.added}</td>
                  <td className="num">{c.removed}</td>
                  <td className="num">{c.changed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
