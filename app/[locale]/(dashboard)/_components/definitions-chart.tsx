"use client";

import { CHART_BOXES, type ChartBoxName } from "@/lib/dashboard/geometry/chart-box";
import { ChartPointer } from "./chart-pointer";
import type { DefinitionsDrawingProps } from "./definitions-drawing";
import { DefinitionsTooltip } from "./definitions-tooltip";
import { DefinitionsDrawing } from "./drawings";
import { ServerDrawing } from "./server-drawing";

/**
 * One country's figures under each definition, the band between the lowest and highest shaded (the definitional
 * gap); drawn on the server as SVG (a phone's drawing and a wider one), with a tooltip once the page is interactive.
 */
export function DefinitionsChart(props: Omit<DefinitionsDrawingProps, "box">) {
  const { series, breaks, country } = props;
  const tooltip = (year: number) => (
    <DefinitionsTooltip year={year} series={series} breaks={breaks} country={country} />
  );
  return (
    <figure className="path-figure">
      {(Object.keys(CHART_BOXES) as ChartBoxName[]).map((name) => (
        <div key={name} className={`chart-variant ${name}`}>
          <ChartPointer tooltip={tooltip}>
            <ServerDrawing component={DefinitionsDrawing} variant={name} props={{ ...props, box: CHART_BOXES[name] }} />
          </ChartPointer>
        </div>
      ))}
    </figure>
  );
}
