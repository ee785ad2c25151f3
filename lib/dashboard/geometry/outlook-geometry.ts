import type { CountryOutlook } from "../outlook/country-outlook";
import type { YearValue } from "../outlook/straight-path";
import { type ChartBox, hundredths, type XY } from "./chart-box";
import { colorFor } from "./palette";
import { seriesDrawing, type SeriesDrawing } from "./path-geometry";
import { type TimeFrame, timeFrame } from "./time-frame";

// The outlook chart as geometry: reported figures as on the path chart, then for each country the dashed straight
// path from its latest figure to the target, its declared plans as open diamonds joined from the latest figure, and
// the scenario's share path; the 3.5% and 5% lines across. Computed without a browser, like every chart here.

const MARGIN = { top: 16, right: 16, bottom: 26, left: 44 };

export interface OutlookChartInput {
  countries: CountryOutlook[];
  from: number;
  target: YearValue;
  total: YearValue;
  /** the scenario country and its share path, drawn dash-dotted */
  scenario: { country: string; start: YearValue; path: YearValue[] } | null;
}

export interface OutlookSeriesDrawing extends Omit<SeriesDrawing, "previous"> {
  /** the straight path's two ends */
  straight: XY[];
  /** each plan as the latest figure followed by its milestones */
  plans: { id: string; points: XY[]; diamonds: XY[] }[];
  scenario: XY[];
}

export interface OutlookChartGeometry extends TimeFrame {
  series: OutlookSeriesDrawing[];
  guides: { value: number; y: number }[];
  yOf: (value: number) => number;
}

export function outlookChartGeometry(input: OutlookChartInput, box: ChartBox): OutlookChartGeometry {
  const { countries, from, target, total, scenario } = input;
  const to = Math.max(target.year, total.year);
  const values = [
    total.value,
    ...countries.flatMap((c) => [...c.points.map((p) => p.value), ...c.plans.flatMap(planValues)]),
    ...(scenario?.path.map((p) => p.value) ?? []),
  ];
  const yMax = Math.ceil(Math.min(Math.max(...values), 12) + 0.3);
  const { frame, xOf, yOf } = timeFrame(box, MARGIN, [from, to], yMax, []);
  const at = (p: YearValue): XY => ({ x: xOf(p.year), y: yOf(Math.min(p.value, yMax)) });
  return {
    ...frame,
    yOf,
    guides: [target, total].map((l) => ({ value: l.value, y: yOf(l.value) })),
    series: countries.map((c, i) => {
      const drawn = seriesDrawing(c.country, i, c.points, xOf, yOf);
      const latest = c.latest;
      return {
        ...drawn,
        color: colorFor(c.country, i),
        straight: c.path ? c.path.map(at) : [],
        plans: latest
          ? c.plans
              .filter((p) => p.milestones.length > 0)
              .map((p) => {
                const diamonds = p.milestones.map(at);
                return { id: p.plan.id, points: [at(latest), ...diamonds], diamonds };
              })
          : [],
        scenario: scenario && scenario.country === c.country ? [scenario.start, ...scenario.path].map(at) : [],
      };
    }),
  };
}

const planValues = (p: CountryOutlook["plans"][number]) => p.milestones.map((m) => m.value);

/** An open diamond of half-width `r` around each point, as one SVG path. */
export function diamondsPath(points: readonly XY[], r: number): string {
  return points.map(({ x, y }) => `M${hundredths(x)},${hundredths(y - r)}l${r},${r}l${-r},${r}l${-r},${-r}z`).join("");
}
