import { getTranslations } from "next-intl/server";
import { releaseNoteText } from "@/lib/dashboard/export/release-note";
import { datasetName } from "@/lib/dashboard/text/labels";
import { listReleaseNotes } from "@/lib/queries/list-release-notes";
import { countryName } from "@/lib/reference/countries";

/** The release note of every change of the dataset's current edition, newest first: the same as its Atom feed. */
export async function ReleaseNotes({ slug, locale }: { slug: string; locale: string }) {
  const [notes, t] = await Promise.all([listReleaseNotes(slug), getTranslations()]);
  const feed = `/feed/${slug}.xml${locale === "en" ? "" : `?lang=${locale}`}`;
  return (
    <section aria-labelledby="release-notes">
      <h2 id="release-notes">{t("releaseNotes.heading")}</h2>
      <p className="note">
        {t("releaseNotes.lede")}{" "}
        <a href={feed} type="application/atom+xml">
          {t("releaseNotes.feed")}
        </a>
      </p>
      {notes.length === 0 && <p>{t("releaseNotes.none")}</p>}
      {notes.map(({ id, at, dataset, note }) => {
        const text = releaseNoteText(
          note,
          (key, values) => t(`releaseNotes.${key}`, values),
          locale,
          datasetName(t, dataset.slug, dataset.name),
          (iso3) => countryName(iso3, locale),
        );
        return (
          <article key={id} id={`release-${id}`} className="release-note" data-kind={note.kind}>
            <h3>{text.title}</h3>
            <p className="note">{t("releaseNotes.madeCurrent", { date: at.slice(0, 16).replace("T", " ") })}</p>
            {text.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {text.revisions.length > 0 && (
              <>
                <p>{t("releaseNotes.largest")}</p>
                <ul>
                  {text.revisions.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </>
            )}
          </article>
        );
      })}
    </section>
  );
}
