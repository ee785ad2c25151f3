import "server-only";
import { toAtom, xmlText } from "../dashboard/export/atom-feed";
import { releaseNoteText } from "../dashboard/export/release-note";
import { datasetName, type Translator } from "../dashboard/text/labels";
import { listCommittedEditions } from "../queries/list-committed-editions";
import { listReleaseNotes } from "../queries/list-release-notes";
import { countryName } from "../reference/countries";
import { feedUrl, observationsUrl } from "./links";
import { apiProblem } from "./problem";

/**
 * The Atom feed of every dataset's changes of current edition (`slug` undefined) or of one dataset's: an entry per
 * edition made current and per rollback, its release note as the content, in the reader's language (`t`, `locale`).
 */
export async function feedXml(slug: string | undefined, origin: string, locale: string, t: Translator) {
  if (slug !== undefined && (await listCommittedEditions(slug)).length === 0)
    throw apiProblem("unknown_dataset", `There is no dataset "${slug}"; /api/v1/datasets lists them.`);
  const notes = await listReleaseNotes(slug);
  const prefix = locale === "en" ? "" : `/${locale}`;
  const self = `${feedUrl(origin, slug)}${locale === "en" ? "" : `?lang=${locale}`}`;
  const title = slug
    ? t("releaseNotes.datasetFeedTitle", { dataset: datasetName(t, slug, notes[0]?.dataset.name ?? slug) })
    : t("releaseNotes.feedTitle");
  return toAtom({
    id: feedUrl(origin, slug),
    title,
    subtitle: t("releaseNotes.feedSubtitle"),
    updated: notes[0]?.at ?? new Date(0).toISOString(),
    lang: locale,
    author: { name: t("site.name"), uri: `${origin}/` },
    links: [
      { href: self, rel: "self", type: "application/atom+xml" },
      { href: `${origin}${prefix}${slug ? `/history/${slug}` : "/sources"}`, rel: "alternate", type: "text/html" },
    ],
    entries: notes.map(({ id, at, dataset, note }) => {
      const text = releaseNoteText(
        note,
        (key, values) => t(`releaseNotes.${key}`, values),
        locale,
        datasetName(t, dataset.slug, dataset.name),
        (iso3) => countryName(iso3, locale),
      );
      const history = `${origin}${prefix}/history/${dataset.slug}`;
      const compare = note.previous ? `${history}?a=${note.previous.id}&b=${note.edition.id}` : history;
      const view = `${origin}${prefix}/?dataset=${dataset.slug}&v=${note.edition.id}&view=table`;
      const html = [
        ...text.lines.map((line) => `<p>${xmlText(line)}</p>`),
        ...(text.revisions.length
          ? [
              `<p>${xmlText(t("releaseNotes.largest"))}</p><ul>`,
              ...text.revisions.map((r) => `<li>${xmlText(r)}</li>`),
              "</ul>",
            ]
          : []),
        `<p><a href="${xmlText(view)}">${xmlText(t("releaseNotes.viewData"))}</a> · <a href="${xmlText(compare)}">${xmlText(t("releaseNotes.compare"))}</a></p>`,
      ].join("");
      return {
        id: `${history}#release-${id}`,
        title: text.title,
        updated: at,
        links: [
          { href: compare, rel: "alternate" as const, type: "text/html" },
          { href: view, rel: "related" as const, type: "text/html", title: t("releaseNotes.viewData") },
          {
            href: observationsUrl(origin, dataset.slug, { edition: note.edition.id, format: "csv" }),
            rel: "related" as const,
            type: "text/csv",
          },
        ],
        contentHtml: html,
      };
    }),
  });
}
