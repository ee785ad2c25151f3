import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { currentEditor } from "@/lib/auth/require-editor";
import { diffEditions } from "@/lib/import/diff-editions";
import { listEditions } from "@/lib/queries/list-editions";
import { DiffView } from "../../_components/diff-view";
import { DatasetForm } from "./dataset-form";
import { MakeCurrentButton } from "./make-current-button";
import { ReleaseNotes } from "./release-notes";
import { EditionTitle } from "../../_components/edition-title";
import { editionName } from "@/lib/dashboard/text/edition-label";
import { datasetName } from "@/lib/dashboard/text/labels";
import { EditorMessages } from "../../_components/editor-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const t = await getTranslations({ locale });
  const feed = `/feed/${slug}.xml${locale === "en" ? "" : `?lang=${locale}`}`;
  return {
    title: t("history.metaTitle", { slug: datasetName(t, slug, slug) }),
    alternates: { types: { "application/atom+xml": [{ url: feed, title: t("releaseNotes.feed") }] } },
  };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ slug, locale }, query, editor, t, tAll] = await Promise.all([
    params,
    searchParams,
    currentEditor(),
    getTranslations("history"),
    getTranslations(),
  ]);
  const history = await listEditions(slug, { editor: editor !== null });
  if (!history) notFound();
  const committed = history.editions.filter((e) => e.status === "committed");
  const ids = new Set(committed.map((e) => e.id));
  const a = Number(query.a);
  const b = Number(query.b);
  const diff = ids.has(a) && ids.has(b) ? await diffEditions(a, b) : null;
  return (
    <EditorMessages>
      <h1>{t("title", { name: datasetName(tAll, slug, history.name) })}</h1>
      <p className="lede">{editor ? t("ledeEditor") : t("lede")}</p>
      {editor && <DatasetForm dataset={history.details} />}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("edition")}</th>
              <th scope="col">{t("loaded")}</th>
              {editor && <th scope="col">{t("by")}</th>}
              <th scope="col">{t("file")}</th>
              <th scope="col" className="num">
                {t("figures")}
              </th>
              <th scope="col">{t("note")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {history.editions.map((e) => (
              <tr key={e.id}>
                <td className="num">{e.id}</td>
                <th scope="row">
                  <EditionTitle name={editionName(e.label, e.publishedOn, locale)} />
                  {e.current && (
                    <>
                      {" "}
                      <span className="badge" data-badge="current">
                        {t("current")}
                      </span>
                    </>
                  )}
                  {e.status === "staged" && (
                    <>
                      {" "}
                      <span className="badge">{t("underReview")}</span>
                    </>
                  )}
                </th>
                <td>
                  {e.createdAt.slice(0, 16).replace("T", " ")} UTC
                  {e.publishedOn ? (
                    <>
                      <br />
                      <span className="note">{t("published", { date: e.publishedOn })}</span>
                    </>
                  ) : null}
                </td>
                {editor && <td>{e.createdBy}</td>}
                <td>
                  {e.fileName}
                  <br />
                  <span className="note" title={e.sha256}>
                    sha256 {e.sha256.slice(0, 12)}…
                  </span>
                </td>
                <td className="num">
                  {e.rowsInserted}
                  {e.carried > 0 && e.carriedFrom && (
                    <>
                      <br />
                      <span className="note carried">{t("carried", { count: e.carried, from: e.carriedFrom })}</span>
                    </>
                  )}
                </td>
                {/* an edition's note is its compiler's own words, in English: marked and isolated in Arabic pages */}
                <td lang="en" dir="ltr" className="publisher-words">
                  {e.note}
                </td>
                <td>
                  {e.status === "committed" && (
                    <Link href={`/?dataset=${slug}&v=${e.id}&view=table`}>{t("viewData")}</Link>
                  )}
                  {editor && e.status === "committed" && !e.current && (
                    <>
                      {" "}
                      · <MakeCurrentButton editionId={e.id} label={e.label} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("compare")}</h2>
      <form className="toolbar" method="get">
        <label>
          {t("from")}{" "}
          <select name="a" defaultValue={ids.has(a) ? a : committed[1]?.id}>
            {committed.map((e) => (
              <option key={e.id} value={e.id}>{`#${e.id} ${editionName(e.label, e.publishedOn, locale).text}`}</option>
            ))}
          </select>
        </label>
        <label>
          {t("to")}{" "}
          <select name="b" defaultValue={ids.has(b) ? b : committed[0]?.id}>
            {committed.map((e) => (
              <option key={e.id} value={e.id}>{`#${e.id} ${editionName(e.label, e.publishedOn, locale).text}`}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t("compareButton")}
        </button>
      </form>
      {diff && <DiffView diff={diff} />}
      <ReleaseNotes slug={slug} locale={locale} />
    </EditorMessages>
  );
}
