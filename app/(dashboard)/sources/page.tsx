import type { Metadata } from "next";
import Link from "next/link";
import { listDatasets } from "@/lib/queries/list-datasets";
import { listReferenceTargets } from "@/lib/queries/list-reference-targets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const [datasets, targets] = await Promise.all([listDatasets(), listReferenceTargets()]);
  return (
    <div className="sources">
      <h1>Sources</h1>
      <p className="lede">Every figure on this site comes from one of these datasets. Each upload is kept as an edition; the current edition is shown.</p>
      {datasets.map((d) => {
        const e = d.currentEdition;
        const citation = `${d.publisher}. ${d.name}${e ? `, edition ${e.label}${e.publishedOn ? ` (published ${e.publishedOn})` : ""}` : ""}. ${d.sourceUrl}`;
        return (
          <article key={d.slug} id={d.slug}>
            <h2>{d.name}</h2>
            <dl>
              <dt>Publisher</dt><dd>{d.publisher}</dd>
              <dt>Definition</dt><dd>{d.definition} — {d.description}</dd>
              <dt>Current edition</dt><dd>{e ? `${e.label}${e.publishedOn ? `, published ${e.publishedOn}` : ""}; ${e.rows} figures; loaded ${e.loadedAt.slice(0, 10)}; file SHA-256 ${e.sha256.slice(0, 12)}…` : "none loaded"}</dd>
              {e?.note && (<><dt>Edition note</dt><dd>{e.note}</dd></>)}
              <dt>License</dt><dd>{d.license}</dd>
              <dt>Source</dt><dd><a href={d.sourceUrl}>{d.sourceUrl}</a></dd>
            </dl>
            <p><Link href={`/history/${d.slug}`}>All editions of this dataset</Link></p>
            <p><strong>Cite as</strong></p>
            <code className="citation">{citation}</code>
          </article>
        );
      })}
      <h2>Reference targets</h2>
      <ul>
        {targets.map((t) => (
          <li key={t.slug}><strong>{t.label}</strong>: {t.note} <a href={t.sourceUrl}>Source</a></li>
        ))}
      </ul>
    </div>
  );
}
