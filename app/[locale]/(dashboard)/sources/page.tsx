import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { editionName } from "@/lib/dashboard/text/edition-label";
import { datasetName, definitionLabel, targetLabel } from "@/lib/dashboard/text/labels";
import { getCarriedFigures } from "@/lib/queries/get-carried-figures";
import { listDatasets } from "@/lib/queries/list-datasets";
import { listReferenceTargets } from "@/lib/queries/list-reference-targets";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await getTranslations({ locale: (await params).locale, namespace: "sources" }))("title") };
}

export default async function SourcesPage() {
  const [datasets, targets, t, tl, locale] = await Promise.all([
    listDatasets(),
    listReferenceTargets(),
    getTranslations("sources"),
    getTranslations(),
    getLocale(),
  ]);
  // an update edition: how many of its figures are an earlier edition's, still cited as they were there
  const carried = await Promise.all(
    datasets.map((d) => (d.currentEdition ? getCarriedFigures(d.currentEdition.id) : Promise.resolve(null))),
  );
  return (
    <div className="sources">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {datasets.map((d, i) => {
        const e = d.currentEdition;
        const c = carried[i];
        // The citation stays in the publisher's own words, as it would be cited.
        const citation = `${d.publisher}. ${d.name}${e ? `, edition ${e.label}${e.publishedOn ? ` (published ${e.publishedOn})` : ""}` : ""}. ${d.sourceUrl}`;
        return (
          <article key={d.slug} id={d.slug}>
            <h2>{datasetName(tl, d.slug, d.name)}</h2>
            <dl>
              <dt>{t("publisher")}</dt>
              <dd>{d.publisher}</dd>
              <dt>{t("definition")}</dt>
              <dd>
                {definitionLabel(tl, d.definition)} —{" "}
                <bdi lang="en" dir="ltr" className="publisher-words">
                  {d.description}
                </bdi>
              </dd>
              <dt>{t("currentEdition")}</dt>
              <dd>
                {e
                  ? t("editionSummary", {
                      label: editionName(e.label, e.publishedOn, locale).text,
                      published: e.publishedOn ?? "—",
                      rows: e.rows,
                      loaded: e.loadedAt.slice(0, 10),
                      sha: `${e.sha256.slice(0, 12)}…`,
                    })
                  : t("none")}
                {c && (
                  <>
                    <br />
                    <span className="note carried">
                      {tl("history.carried", { count: c.count, from: c.from.label })}
                    </span>
                  </>
                )}
              </dd>
              {e?.note && (
                <>
                  <dt>{t("editionNote")}</dt>
                  {/* the publisher's (or editor's) own words, in English: marked and isolated in Arabic pages */}
                  <dd lang="en" dir="ltr" className="publisher-words">
                    {e.note}
                  </dd>
                </>
              )}
              <dt>{t("license")}</dt>
              <dd lang="en" dir="ltr" className="publisher-words">
                {d.license}
              </dd>
              <dt>{t("source")}</dt>
              <dd>
                <a href={d.sourceUrl}>{d.sourceUrl}</a>
              </dd>
            </dl>
            <p>
              <Link href={`/history/${d.slug}`}>{t("allEditions")}</Link>
            </p>
            <p>
              <strong>{t("citeAs")}</strong>
            </p>
            <code className="citation">{citation}</code>
          </article>
        );
      })}
      <h2>{t("targets")}</h2>
      <ul>
        {targets.map((target) => (
          <li key={target.slug}>
            <strong>{targetLabel(tl, target.slug, target.label)}</strong>: {target.note}{" "}
            <a href={target.sourceUrl}>{t("source")}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
