"use client";

import { CHART_BOXES, type ChartBoxName } from "@/lib/dashboard/geometry/chart-box";
import type { RankingDrawingProps } from "./ranking-drawing";
import { RankingDrawing } from "./drawings";
import { ServerDrawing } from "./server-drawing";

/**
 * One year ranked, as SVG drawn on the server (a phone's drawing and a wider one; CSS shows one): no script needed,
 * and none loaded to hydrate it (ServerDrawing).
 */
export function RankingChart(props: Omit<RankingDrawingProps, "box">) {
  return (
    <figure className="ranking-figure">
      {(Object.keys(CHART_BOXES) as ChartBoxName[]).map((name) => (
        <div key={name} className={`chart-variant ${name}`} dir="ltr">
          <ServerDrawing component={RankingDrawing} variant={name} props={{ ...props, box: CHART_BOXES[name] }} />
        </div>
      ))}
    </figure>
  );
}
