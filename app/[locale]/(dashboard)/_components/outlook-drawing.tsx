import { useLocale } from "next-intl";
import type { ChartBox } from "@/lib/dashboard/geometry/chart-box";
import { outlookChartGeometry } from "@/lib/dashboard/geometry/outlook-geometry";
import type { OutlookView } from "@/lib/dashboard/view/outlook-view";
import { formats } from "@/lib/dashboard/text/format";
import { ChartKey } from "./chart-key";
import { OutlookChartSvg } from "./outlook-chart-svg";

export interface OutlookDrawingProps {
  view: Pick<OutlookView, "countries" | "target" | "total" | "scenario">;
  from: number;
  names: { iso3: string; name: string }[];
  description: string;
  /** the key's line styles, in the reader's language */
  keyNotes: { mark: string; text: string }[];
  box: ChartBox;
}

/** The outlook chart for one box: its SVG and, under it, its key. */
export function OutlookDrawing({ view, from, names, description, keyNotes, box }: OutlookDrawingProps) {
  const f = formats(useLocale());
  const g = outlookChartGeometry(
    {
      countries: view.countries,
      from,
      target: view.target,
      total: view.total,
      scenario: view.scenario && {
        country: view.scenario.country,
        start: view.scenario.start,
        path: view.scenario.path,
      },
    },
    box,
  );
  const name = (iso3: string) => names.find((n) => n.iso3 === iso3)?.name ?? iso3;
  return (
    <>
      <OutlookChartSvg g={g} label={description} year={f.year} percent={f.target} />
      <ChartKey
        series={g.series.map((s) => ({ key: s.country, name: name(s.country), color: s.color }))}
        notes={keyNotes}
      />
    </>
  );
}
