import { getTranslations } from "next-intl/server";

const REASONS = ["scope", "years", "prices", "revisions", "estimates"] as const;

/** Why NATO's and SIPRI's figures for one country differ: only what data/SOURCES.md documents. */
export async function WhyFiguresDiffer({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "whyDiffer" });
  return (
    <section aria-labelledby="why-differ-title">
      <h2 id="why-differ-title">{t("title")}</h2>
      <ul>
        {REASONS.map((r) => (
          <li key={r}>{t(r)}</li>
        ))}
      </ul>
    </section>
  );
}
