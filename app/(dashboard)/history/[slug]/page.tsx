import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentEditor } from "@/lib/auth/require-editor";
import { getPool } from "@/lib/db/pool";
import { diffEditions } from "@/lib/import/diff-editions";
import { listEditions } from "@/lib/queries/list-editions";
import { DiffView } from "../../_components/diff-view";
import { DatasetForm } from "./dataset-form";
import { MakeCurrentButton } from "./make-current-button";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `History of ${(await params).slug}` };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ slug }, query, editor] = await Promise.all([params, searchParams, currentEditor()]);
  const history = await listEditions(slug);
  if (!history) notFound();
  const committed = history.editions.filter((e) => e.status === "committed");
  const ids = new Set(committed.map((e) => e.id));
  const a = Number(query.a);
  const b = Number(query.b);
  const diff = ids.has(a) && ids.has(b) ? await diffEditions(getPool(), a, b) : null;
  return (
    <>
      <h1>History: {history.name}</h1>
      <p className="lede">Every edition ever loaded, newest first. Open any edition&apos;s data, compare two, or {editor ? "make an earlier one current again" : "sign in as an editor to roll back"}.</p>
      {editor && <DatasetForm dataset={history.details} />}
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">#</th><th scope="col">Edition</th><th scope="col">Loaded</th><th scope="col">By</th><th scope="col">File</th><th scope="col" className="num">Figures</th><th scope="col">Note</th><th scope="col">Actions</th></tr>
          </thead>
          <tbody>
            {history.editions.map((e) => (
              <tr key={e.id}>
                <td className="num">{e.id}</td>
                <th scope="row">{e.label}{e.current && <> <span className="badge">current</span></>}{e.status === "staged" && <> <span className="badge">under review</span></>}</th>
                <td>{e.createdAt.slice(0, 16).replace("T", " ")} UTC{e.publishedOn ? <><br /><span className="note">published {e.publishedOn}</span></> : null}</td>
                <td>{e.createdBy}</td>
                <td>{e.fileName}<br /><span className="note" title={e.sha256}>sha256 {e.sha256.slice(0, 12)}…</span></td>
                <td className="num">{e.rowsInserted}</td>
                <td>{e.note}</td>
                <td>
                  {e.status === "committed" && <Link href={`/?dataset=${slug}&v=${e.id}&view=table`}>View data</Link>}
                  {editor && e.status === "committed" && !e.current && <> · <MakeCurrentButton editionId={e.id} label={e.label} /></>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Compare two editions</h2>
      <form className="toolbar" method="get">
        <label>From <select name="a" defaultValue={ids.has(a) ? a : committed[1]?.id}>{committed.map((e) => <option key={e.id} value={e.id}>{`#${e.id} ${e.label}`}</option>)}</select></label>
        <label>To <select name="b" defaultValue={ids.has(b) ? b : committed[0]?.id}>{committed.map((e) => <option key={e.id} value={e.id}>{`#${e.id} ${e.label}`}</option>)}</select></label>
        <button type="submit" className="button">Compare</button>
      </form>
      {diff && <DiffView diff={diff} />}
    </>
  );
}
