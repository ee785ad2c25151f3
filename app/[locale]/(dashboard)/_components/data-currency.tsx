import { getTranslations } from "next-intl/server";
import type { NewestEdition } from "@/lib/dashboard/series/data-currency";
import { editionName } from "@/lib/dashboard/text/edition-label";
import { listEditionCoverage } from "@/lib/queries/list-edition-coverage";
import { EditionTitle } from "./edition-title";

/**
 * How current the data is: each publisher's newest edition, its date and how complete it is (NATO: allies with a
 * figure for the newest year; others: countries), all written by the interface in the page's language.
 */
export async function DataCurrency({ newest, locale }: { newest: NewestEdition[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "currency" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const year = new Intl.NumberFormat(locale, { useGrouping: false });
  const coverage = await listEditionCoverage(newest.flatMap((n) => (n.id === undefined ? [] : [n.id])));
  return (
    <section className="currency note" aria-labelledby="currency-title">
      <h3 id="currency-title">{t("title")}</h3>
      <ul>
        {newest.map((n) => {
          const c = n.id === undefined ? undefined : coverage.get(n.id);
          return (
            <li key={n.publisher}>
              <strong>{t(`publishers.${n.publisher}`)}</strong>:{" "}
              <EditionTitle name={editionName(n.label, n.publishedOn, locale)} />
              {n.publishedOn && (
                <>
                  {" "}
                  (<time dateTime={n.publishedOn}>{date.format(new Date(`${n.publishedOn}T00:00:00Z`))}</time>)
                </>
              )}
              {c && c.countries > 1 && (
                <>
                  {" · "}
                  {n.publisher === "NATO"
                    ? t("allies", {
                        count: c.countriesInNewestYear,
                        total: c.countries,
                        year: year.format(c.newestYear),
                      })
                    : t("newestYearFor", { count: c.countriesInNewestYear, year: year.format(c.newestYear) })}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
