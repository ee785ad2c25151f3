import { formatPoints, formatShare } from "@/lib/dashboard/format";
import type { TargetProgress } from "@/lib/dashboard/targets";

/** Latest figure, gap to each target and the yearly change needed to reach it in time. Server-rendered. */
export function TargetTracker({ rows, names }: { rows: TargetProgress[]; names: Map<string, string> }) {
  const targets = rows[0]?.targets ?? [];
  return (
    <section aria-labelledby="tracker-title">
      <h2 id="tracker-title">Target tracker</h2>
      <div className="table-wrap">
        <table className="tracker">
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col" className="num">Latest</th>
              <th scope="col" className="num">Avg. change / yr</th>
              {targets.map((t) => <th key={t.value} scope="col" className="num">{`Gap to ${t.value}% · needed / yr`}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.country}>
                <th scope="row">{names.get(r.country) ?? r.country}</th>
                <td className="num">{r.latest ? `${formatShare(r.latest.value)} (${r.latest.year}${r.latest.status !== "actual" ? `, ${r.latest.status}` : ""})` : "no figures"}</td>
                <td className="num">{r.averageChange !== null ? formatPoints(r.averageChange) : "—"}</td>
                {r.targets.map((t) => (
                  <td key={t.value} className={`num${t.met ? " met" : ""}`}>
                    {t.gap === null ? "—" : t.met ? "met" : `${formatPoints(t.gap)} · ${t.neededPerYear !== null ? formatPoints(t.neededPerYear) : "past due"}`}
                    <br />
                    <span className="note">by {t.byYear}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">Gaps in percentage points (pp) from the latest figure in the selected range; “needed / yr” is the steady yearly increase that would reach the target in its year. Japan is measured against its own 2% goal for FY2027, allies against NATO&apos;s 2% of Wales (2024).</p>
    </section>
  );
}
