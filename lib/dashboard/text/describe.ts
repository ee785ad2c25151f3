import { formats } from "./format";
import type { Point } from "../series/series";
import type { Unit } from "../../reference/units";

/** A translation function (next-intl's, or createTranslator's in tests) for the "describe" messages. */
export type Translate = (
  key:
    | "japanRange"
    | "japanOne"
    | "japanRangeIn"
    | "japanOneIn"
    | "rankingIn"
    | "rankingNoLine"
    | "japanMissing"
    | "topOthers"
    | "topOne"
    | "source"
    | "status"
    | "ranking"
    | "rankingPartners"
    | `statuses.${Point["status"]}`,
  values?: Record<string, string | number>,
) => string;

/**
 * What a dataset's figures measure, for the sentences: its unit, and unless it is a share of GDP (which the
 * sentences say themselves) the measure in the reader's words ("equipment spending as a share of defense spending").
 */
export type Measure = { unit: "percent_of_gdp" } | { unit: Exclude<Unit, "percent_of_gdp">; words: string };
const SHARE_OF_GDP: Measure = { unit: "percent_of_gdp" };

/** The measure of a dataset in `unit`; `words` translates a unit (the `units` messages). */
export const measureOf = (unit: Unit, words: (unit: Unit) => string): Measure =>
  unit === "percent_of_gdp" ? SHARE_OF_GDP : { unit, words: words(unit) };

/**
 * One or two sentences that say what the chart shows, written from the data in the reader's language: the page
 * description, the preview-card text and the chart's screen-reader description.
 */
export function describePath(
  points: Point[],
  countries: string[],
  names: ReadonlyMap<string, string>,
  datasetName: string,
  t: Translate,
  locale: string,
  measure: Measure = SHARE_OF_GDP,
): string {
  const f = formats(locale, measure.unit);
  const words = "words" in measure ? { measure: measure.words } : null;
  const name = (c: string) => names.get(c) ?? c;
  const sentences: string[] = [];
  const japan = points.filter((p) => p.country === "JPN").sort((a, b) => a.year - b.year);
  if (japan.length >= 2) {
    const [a, b] = [japan[0]!, japan.at(-1)!];
    sentences.push(
      t(words ? "japanRangeIn" : "japanRange", {
        ...words,
        from: f.share(a.value),
        fromYear: f.year(a.year),
        to: f.share(b.value),
        toYear: f.year(b.year),
        status: b.status !== "actual" ? t("status", { status: t(`statuses.${b.status}`) }) : "",
      }),
    );
  } else if (japan.length === 1) {
    const [only] = japan as [Point];
    sentences.push(
      t(words ? "japanOneIn" : "japanOne", {
        ...words,
        value: f.share(only.value),
        year: f.year(only.year),
        status: only.status !== "actual" ? t("status", { status: t(`statuses.${only.status}`) }) : "",
      }),
    );
  } else if (countries.includes("JPN")) sentences.push(t("japanMissing", { dataset: datasetName }));
  const latestByCountry = countries
    .filter((c) => c !== "JPN")
    .map((c) => points.filter((p) => p.country === c).sort((a, b) => b.year - a.year)[0])
    .filter((p): p is Point => p !== undefined)
    .sort((a, b) => b.value - a.value);
  const top = latestByCountry[0];
  if (top) {
    const values = {
      count: latestByCountry.length,
      country: name(top.country),
      value: f.share(top.value),
      year: f.year(top.year),
    };
    sentences.push(latestByCountry.length > 1 ? t("topOthers", values) : t("topOne", values));
  }
  sentences.push(t("source", { dataset: datasetName }));
  // Japanese runs sentences together; the others separate them with a space.
  return sentences.join(locale.startsWith("ja") ? "" : " ");
}

/**
 * The ranking in one or two sentences: how many allies meet the line, out of the allies ranked. Partners drawn
 * beside them (with SIPRI's figure) are named as not counted, never added to the allies' count.
 */
export function describeRanking(
  ranking: { year: number; ranked: unknown[]; allies: number; partners: number; meeting: Record<number, number> },
  line: number | null,
  datasetName: string,
  t: Translate,
  locale: string,
  measure: Measure = SHARE_OF_GDP,
): string {
  const f = formats(locale, measure.unit);
  const words = "words" in measure ? { measure: measure.words } : null;
  const values = { count: ranking.ranked.length, year: f.year(ranking.year) };
  const lined =
    line === null ? null : { meeting: ranking.meeting[line] ?? 0, allies: ranking.allies, line: f.target(line) };
  const sentences = [
    !lined
      ? t("rankingNoLine", { ...values, measure: words?.measure ?? "" })
      : words
        ? t("rankingIn", { ...values, ...lined, ...words })
        : t("ranking", { ...values, ...lined }),
  ];
  if (ranking.partners > 0) sentences.push(t("rankingPartners", { count: ranking.partners }));
  sentences.push(t("source", { dataset: datasetName }));
  return sentences.join(locale.startsWith("ja") ? "" : " ");
}
