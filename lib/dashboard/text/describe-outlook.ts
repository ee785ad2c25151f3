import type { CountryOutlook } from "../outlook/country-outlook";
import type { Headline } from "../outlook/standing";
import type { YearValue } from "../outlook/straight-path";
import { formats } from "./format";

/** The "outlook" messages a description uses (next-intl's translator for that namespace). */
export type OutlookTranslate = (
  key: "headline" | "noHeadline" | "countries" | "countryLatest" | "countryAtTarget" | "countryMissing",
  values?: Record<string, string | number>,
) => string;

/**
 * What the outlook shows, in a sentence or two: the headline count, then each selected country's latest figure and
 * the yearly step the straight path asks of it. The page description and the chart's screen-reader text.
 */
export function describeOutlook(
  view: { target: YearValue; headline: Headline | null; countries: CountryOutlook[] },
  names: ReadonlyMap<string, string>,
  t: OutlookTranslate,
  locale: string,
): string {
  const f = formats(locale);
  const { target, headline } = view;
  const sentences = [
    headline
      ? t("headline", {
          count: headline.onOrAhead,
          judged: headline.judged,
          year: f.year(headline.year),
          target: f.target(target.value),
          targetYear: f.year(target.year),
        })
      : t("noHeadline", { target: f.target(target.value), targetYear: f.year(target.year) }),
  ];
  const parts = view.countries.map((c) => {
    const name = names.get(c.country) ?? c.country;
    if (!c.latest) return t("countryMissing", { country: name });
    const values = { country: name, value: f.share(c.latest.value), year: f.year(c.latest.year) };
    return c.path ? t("countryLatest", { ...values, step: f.points(c.step) }) : t("countryAtTarget", values);
  });
  if (parts.length > 0) sentences.push(t("countries", { list: f.list(parts) }));
  return sentences.join(" ");
}
