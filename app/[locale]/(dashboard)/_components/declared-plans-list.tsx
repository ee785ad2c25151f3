import { useLocale, useTranslations } from "next-intl";
import type { CountryOutlook } from "@/lib/dashboard/outlook/country-outlook";
import type { PlanMilestone } from "@/lib/reference/declared-plans";
import { formats } from "@/lib/dashboard/text/format";

export interface DeclaredPlansListProps {
  countries: CountryOutlook[];
  names: Record<string, string>;
}

/** Every declared plan drawn, in the government's terms, with its basis, its date and its published source. */
export function DeclaredPlansList({ countries, names }: DeclaredPlansListProps) {
  const t = useTranslations("outlook.plans");
  const locale = useLocale();
  const f = formats(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const milestone = (m: PlanMilestone) =>
    m.upTo === undefined
      ? t("milestone", { value: f.target(m.value), year: f.year(m.year) })
      : t("range", { value: f.target(m.value), upTo: f.target(m.upTo), year: f.year(m.year) });
  const without = countries.filter((c) => c.plans.length === 0).map((c) => names[c.country] ?? c.country);
  return (
    <section className="declared-plans" aria-labelledby="declared-plans-title">
      <h3 id="declared-plans-title">{t("title")}</h3>
      <p className="note">{t("intro")}</p>
      <ul>
        {countries.flatMap((c) =>
          c.plans.map(({ plan, milestones }) => (
            <li key={plan.id} data-plan={plan.id}>
              <strong>{names[c.country] ?? c.country}</strong> (
              {f.list([t(`kind.${plan.kind}`), t(`basis.${plan.basis}`)])}): {f.list(plan.milestones.map(milestone))}
              {milestones.some((m) => m.standing) &&
                ` · ${f.list(milestones.flatMap((m) => (m.standing ? [t("against", { standing: m.standing, year: f.year(m.year) })] : [])))}`}
              <br />
              <span className="note">
                <bdi lang="en">{plan.announcedBy}</bdi> · {date.format(new Date(plan.announcedOn))} · {t("source")}{" "}
                <a href={plan.source.url} rel="noopener noreferrer">
                  <bdi lang="en">{plan.source.publisher}</bdi>
                </a>
              </span>
            </li>
          )),
        )}
      </ul>
      {without.length > 0 && <p className="note">{t("none", { countries: f.list(without) })}</p>}
    </section>
  );
}
