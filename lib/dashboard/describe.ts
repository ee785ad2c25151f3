import { formatShare } from "./format";
import type { Point } from "./series";

/**
 * One or two sentences that say what the chart shows, written from the data: the page description, the
 * preview-card text and the chart's screen-reader description.
 */
export function describePath(points: Point[], countries: string[], names: ReadonlyMap<string, string>, datasetName: string): string {
  const name = (c: string) => names.get(c) ?? c;
  const sentences: string[] = [];
  const japan = points.filter((p) => p.country === "JPN").sort((a, b) => a.year - b.year);
  if (japan.length >= 2) {
    const [a, b] = [japan[0]!, japan.at(-1)!];
    sentences.push(`Japan's defense spending went from ${formatShare(a.value)} of GDP in ${a.year} to ${formatShare(b.value)} in ${b.year}${b.status !== "actual" ? ` (${b.status})` : ""}.`);
  } else if (countries.includes("JPN")) sentences.push(`${datasetName} has no figures for Japan in this range.`);
  const latestByCountry = countries
    .filter((c) => c !== "JPN")
    .map((c) => points.filter((p) => p.country === c).sort((a, b) => b.year - a.year)[0])
    .filter((p): p is Point => p !== undefined)
    .sort((a, b) => b.value - a.value);
  const top = latestByCountry[0];
  if (top) {
    const others = latestByCountry.length > 1 ? ` Of the ${latestByCountry.length} others shown, ${name(top.country)} spends the most` : ` ${name(top.country)} spends`;
    sentences.push(`${others}: ${formatShare(top.value)} in ${top.year}.`.trimStart());
  }
  return `${sentences.join(" ")} Source: ${datasetName}.`;
}
