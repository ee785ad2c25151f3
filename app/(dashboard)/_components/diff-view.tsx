import type { EditionDiff } from "@/lib/import/diff-editions";

const fmt = (v: number | null) => (v === null ? "—" : v.toFixed(2));

/** What replacing one edition with another changes: counts, per country, and the largest revisions first. */
export function DiffView({ diff, limit = 100 }: { diff: EditionDiff; limit?: number }) {
  return (
    <section aria-labelledby="diff-title">
      <h3 id="diff-title">
        Changes: <span className="diff-added">{diff.added} added</span> · <span className="diff-removed">{diff.removed} removed</span> ·{" "}
        <span className="diff-changed">{diff.changed} changed</span> · {diff.unchanged} unchanged
      </h3>
      {diff.changes.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">Largest revisions first</caption>
            <thead><tr><th scope="col">Country</th><th scope="col" className="num">Year</th><th scope="col">Change</th><th scope="col" className="num">Before</th><th scope="col" className="num">After</th><th scope="col" className="num">Δ pp</th></tr></thead>
            <tbody>
              {diff.changes.slice(0, limit).map((c) => (
                <tr key={`${c.country}-${c.year}`}>
                  <th scope="row">{c.country}</th>
                  <td className="num">{c.year}</td>
                  <td className={`diff-${c.kind}`}>{c.kind}{c.beforeStatus && c.afterStatus && c.beforeStatus !== c.afterStatus ? ` (${c.beforeStatus} → ${c.afterStatus})` : ""}</td>
                  <td className="num">{fmt(c.before)}</td>
                  <td className="num">{fmt(c.after)}</td>
                  <td className="num">{c.before !== null && c.after !== null ? (c.after - c.before).toFixed(2) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {diff.changes.length > limit && <p className="note">The {limit} largest of {diff.added + diff.removed + diff.changed} changes are listed.</p>}
      {diff.byCountry.length > 0 && (
        <details>
          <summary>Changes per country ({diff.byCountry.length})</summary>
          <table>
            <thead><tr><th scope="col">Country</th><th scope="col" className="num">Added</th><th scope="col" className="num">Removed</th><th scope="col" className="num">Changed</th></tr></thead>
            <tbody>{diff.byCountry.map((c) => <tr key={c.country}><th scope="row">{c.country}</th><td className="num">{c.added}</td><td className="num">{c.removed}</td><td className="num">{c.changed}</td></tr>)}</tbody>
          </table>
        </details>
      )}
    </section>
  );
}
