import { getTranslations } from "next-intl/server";
import type { NewestEdition } from "@/lib/dashboard/series/data-currency";

/** How current the data is: each publisher's newest edition and its date, beside the dataset picker. */
export async function DataCurrency({ newest, locale }: { newest: NewestEdition[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: "currency" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section className="currency note" aria-labelledby="currency-title">
      <h3 id="currency-title">{t("title")}</h3>
      <ul>
        {newest.map((n) => (
          <li key={n.publisher}>
            <strong>{t(`publishers.${n.publisher}`)}</strong>: {n.label}
            {n.publishedOn && (
              <>
                {" "}
                (<time dateTime={n.publishedOn}>{date.format(new Date(`${n.publishedOn}T00:00:00Z`))}</time>)
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
