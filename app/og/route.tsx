import { ImageResponse } from "next/og";
import { referenceLines } from "@/lib/dashboard/annotations";
import { formatShare } from "@/lib/dashboard/format";
import { previewLines } from "@/lib/dashboard/preview-geometry";
import { getDashboardView } from "@/lib/queries/get-dashboard-view";
import { colorFor } from "../(dashboard)/_components/palette";

const WIDTH = 1200;
const HEIGHT = 630;
const PLOT = { left: 80, top: 170, width: 820, height: 400 };

/** Link preview (Open Graph / Twitter card) of the dashboard URL it is given, drawn on the server. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const view = await getDashboardView(Object.fromEntries(url.searchParams));
  if (!view) return new Response("No data loaded", { status: 503 });
  const { state } = view;
  const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
  const { lines, y } = previewLines(view.points, state.countries, state.from, state.to, PLOT.width, PLOT.height);
  const guides = referenceLines(view.targets).map((l) => l.value);
  return new ImageResponse(
    (
      <div style={{ width: WIDTH, height: HEIGHT, display: "flex", flexDirection: "column", background: "#fff", padding: "40px 60px", fontSize: 24, color: "#1b1f24" }}>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700 }}>Defense spending, % of GDP: Japan vs allies</div>
        <div style={{ display: "flex", fontSize: 22, color: "#57606a", marginTop: 8, maxWidth: 1080 }}>{firstSentences(view.description, 180)}</div>
        <svg width={PLOT.width} height={PLOT.height} viewBox={`0 0 ${PLOT.width} ${PLOT.height}`} style={{ position: "absolute", left: PLOT.left, top: PLOT.top }}>
          {guides.map((g) => (
            <line key={g} x1={0} x2={PLOT.width} y1={y(g)} y2={y(g)} stroke="#9ca3af" strokeWidth={2} strokeDasharray="10 8" />
          ))}
          {lines.map((l, i) => (
            <path key={l.country} d={l.path} fill="none" stroke={colorFor(l.country, i)} strokeWidth={l.country === "JPN" ? 9 : 4} strokeLinejoin="round" />
          ))}
        </svg>
        {guides.map((g) => (
          <div key={g} style={{ position: "absolute", left: 20, top: PLOT.top + y(g) - 14, fontSize: 20, color: "#57606a", display: "flex" }}>{`${g}%`}</div>
        ))}
        <div style={{ position: "absolute", left: PLOT.left + PLOT.width + 30, top: PLOT.top, display: "flex", flexDirection: "column", gap: 10 }}>
          {lines.filter((l) => l.last).slice(0, 8).map((l, i) => (
            <div key={l.country} style={{ display: "flex", alignItems: "center", fontSize: 22 }}>
              <div style={{ width: 18, height: 18, background: colorFor(l.country, i), marginRight: 10, display: "flex" }} />
              {`${names.get(l.country) ?? l.country} ${formatShare(l.last!.value)}`}
            </div>
          ))}
        </div>
        <div style={{ position: "absolute", left: 60, bottom: 24, fontSize: 20, color: "#57606a", display: "flex" }}>
          {`${state.from}–${state.to} · ${view.dataset.name}, ${view.edition.label}`}
        </div>
      </div>
    ),
    { width: WIDTH, height: HEIGHT, headers: { "cache-control": "public, max-age=3600" } },
  );
}

/** Whole sentences up to max characters, so the card never ends mid-word. */
function firstSentences(text: string, max: number): string {
  let out = "";
  for (const sentence of text.match(/[^.]+(?:\.\d+[^.]*)*\./g) ?? [text]) {
    if ((out + sentence).length > max) break;
    out += sentence;
  }
  return out.trim() || `${text.slice(0, max - 1)}…`;
}
