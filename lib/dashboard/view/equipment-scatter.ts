import { isNatoAlly } from "../../reference/memberships";
import type { Point } from "../series/series";
import type { LoadedDataset } from "./inputs";
import { editionName } from "../text/edition-label";
import { formats } from "../text/format";
import { datasetName, type Translator } from "../text/labels";

// NATO's two guidelines side by side, one dot per ally for a year: its share of GDP (across, against 2%) and the
// share of its defence spending that goes to major equipment (up, against 20%), both from NATO's own edition.

/** What the queries read for the scatter: the two NATO datasets' current editions, every ally and year. */
export interface ScatterFacts {
  gdp: { dataset: LoadedDataset; points: Point[] };
  equipment: { dataset: LoadedDataset; points: Point[] };
}

export interface ScatterDot {
  country: string;
  /** share of GDP (NATO's core-defence basis) */
  x: number;
  /** equipment as a share of defence expenditure */
  y: number;
  /** either figure is a NATO estimate */
  estimate: boolean;
  meetsGdp: boolean;
  meetsEquipment: boolean;
}

export interface EquipmentScatter {
  year: number;
  /** years for which both measures have figures, oldest first */
  years: number[];
  dots: ScatterDot[];
  /** the lines: 2% of GDP (Wales 2014) and 20% on equipment (Wales 2014) */
  lines: { x: number; y: number };
  counts: { both: number; gdpOnly: number; equipmentOnly: number; neither: number };
  /** allies with one figure of the year but not the other */
  unpaired: string[];
}

/**
 * The scatter for `year` (the newest with both measures when unset or without figures). Null when the two
 * editions share no year. Allies only: NATO publishes both measures for its allies alone.
 */
export function equipmentScatter(input: {
  gdp: Point[];
  equipment: Point[];
  year: number | null;
  lines: { x: number; y: number };
}): EquipmentScatter | null {
  const { gdp, equipment, lines } = input;
  const key = (p: Point) => `${p.country}:${p.year}`;
  const shares = new Map(gdp.filter((p) => isNatoAlly(p.country)).map((p) => [key(p), p]));
  const paired = equipment.filter((p) => shares.has(key(p)));
  const years = [...new Set(paired.map((p) => p.year))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const year = input.year !== null && years.includes(input.year) ? input.year : years.at(-1)!;
  const dots = paired
    .filter((p) => p.year === year)
    .map((e) => {
      const g = shares.get(key(e))!;
      return {
        country: e.country,
        x: g.value,
        y: e.value,
        estimate: g.status !== "actual" || e.status !== "actual",
        meetsGdp: g.value >= lines.x,
        meetsEquipment: e.value >= lines.y,
      };
    })
    .sort((a, b) => a.country.localeCompare(b.country));
  const inYear = (points: Point[]) => new Set(points.filter((p) => p.year === year).map((p) => p.country));
  const withGdp = inYear(gdp.filter((p) => isNatoAlly(p.country)));
  const withEquipment = inYear(equipment);
  const unpaired = [...new Set([...withGdp, ...withEquipment])]
    .filter((c) => !(withGdp.has(c) && withEquipment.has(c)))
    .sort();
  const count = (f: (d: ScatterDot) => boolean) => dots.filter(f).length;
  return {
    year,
    years,
    dots,
    lines,
    counts: {
      both: count((d) => d.meetsGdp && d.meetsEquipment),
      gdpOnly: count((d) => d.meetsGdp && !d.meetsEquipment),
      equipmentOnly: count((d) => !d.meetsGdp && d.meetsEquipment),
      neither: count((d) => !d.meetsGdp && !d.meetsEquipment),
    },
    unpaired,
  };
}

type Target = { slug: string; value: number };

/** The guidelines the scatter draws: NATO's 2% of GDP and 20% on equipment, both of Wales 2014. */
export function scatterLines(targets: readonly Target[]): { x: number; y: number } {
  return {
    x: targets.find((t) => t.slug === "nato-wales-2pct")?.value ?? 2,
    y: targets.find((t) => t.slug === "nato-wales-equipment-20pct")?.value ?? 20,
  };
}

/**
 * The scatter's page model: the dots for the year, and its description in the reader's language. `t` is the root
 * translator (messages `scatter.*`, `datasets.*`); `year` the state's (`year=`), null for the newest.
 */
export function scatterView(
  facts: ScatterFacts,
  targets: readonly Target[],
  year: number | null,
  t: Translator,
  locale: string,
) {
  const model = equipmentScatter({
    gdp: facts.gdp.points,
    equipment: facts.equipment.points,
    year,
    lines: scatterLines(targets),
  });
  if (!model) return null;
  const f = formats(locale);
  const named = ({ dataset }: ScatterFacts["gdp"]) => ({
    slug: dataset.slug,
    name: datasetName(t, dataset.slug, dataset.name),
    edition: editionName(dataset.currentEdition.label, dataset.currentEdition.publishedOn, locale).text,
  });
  const gdp = named(facts.gdp);
  const equipment = named(facts.equipment);
  const description = t("scatter.description", {
    year: f.year(model.year),
    count: model.dots.length,
    ...model.counts,
    gdpLine: f.target(model.lines.x),
    equipmentLine: f.target(model.lines.y),
    sources: f.list([gdp.name, equipment.name]),
    edition: gdp.edition === equipment.edition ? gdp.edition : f.list([gdp.edition, equipment.edition]),
  });
  return { model, gdp, equipment, description };
}
