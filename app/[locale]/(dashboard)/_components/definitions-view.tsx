import { getTranslations } from "next-intl/server";
import { breakMarks } from "@/lib/dashboard/series/breaks";
import { computedSeries, type DefinitionSeries } from "@/lib/dashboard/series/definition-series";
import { datasetName } from "@/lib/dashboard/text/labels";
import { countryName } from "@/lib/reference/countries";
import type { CountryDefinitions } from "@/lib/dashboard/view/inputs";
import { ComputedSharesTable } from "./computed-shares-table";
import { DefinitionsChart } from "./definitions-chart";
import { WhyFiguresDiffer } from "./why-figures-differ";

interface Props {
  definitions: CountryDefinitions;
  lines: { slug: string; value: number; label: string }[];
  from: number;
  to: number;
  locale: string;
  description: string;
}

/** The first selected country under every definition, with the gap shaded; Japan also with its computed shares. */
export async function DefinitionsView({ definitions, lines, from, to, locale, description }: Props) {
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: "dashboard" }), getTranslations({ locale })]);
  const { country, shares } = definitions;
  const twoEditions = (slug: string) => definitions.series.filter((s) => s.dataset.slug === slug).length > 1;
  const published: DefinitionSeries[] = definitions.series.map((s) => ({
    key: `${s.dataset.slug}@${s.edition.id}`,
    breakKey: s.dataset.definition,
    computed: false,
    name: twoEditions(s.dataset.slug)
      ? `${datasetName(tl, s.dataset.slug, s.dataset.name)} (${s.edition.label})`
      : datasetName(tl, s.dataset.slug, s.dataset.name),
    points: s.points.map(({ year, value, status }) => ({ year, value, status })),
  }));
  const series = [...published, ...computedSeries(shares, from, to, tl, locale)];
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  const marks = breakMarks(
    series.map((s) => s.breakKey),
    [country],
    Math.min(from, ...years),
    Math.max(to, ...years),
    tl,
  );
  return (
    <>
      <h2 id="definitions-title">{t("definitionsHeading", { country: countryName(country, locale) })}</h2>
      {series.length > 0 ? (
        <DefinitionsChart
          lines={lines.filter((l) => l.value <= 2.5 && (country === "JPN" || !l.slug.startsWith("japan-")))}
          series={series}
          breaks={marks}
          country={country}
          from={from}
          to={to}
          description={description}
        />
      ) : (
        <p>{t("noFiguresInRange")}</p>
      )}
      {marks.length > 0 && (
        <ul className="note breaks">
          {marks.map((m) => (
            <li key={m.id}>
              {m.marker} <strong>{m.label}</strong>: {m.explanation}
            </li>
          ))}
        </ul>
      )}
      <ul className="note">
        {definitions.series
          .filter((d) => !d.earlier)
          .map((d) => (
            <li key={d.dataset.slug}>
              <strong>{datasetName(tl, d.dataset.slug, d.dataset.name)}</strong> ({d.dataset.currentEdition!.label}):{" "}
              <bdi lang="en">{d.dataset.description}</bdi>
            </li>
          ))}
        {definitions.series
          .filter((d) => d.earlier)
          .map((d) => (
            <li key={`${d.dataset.slug}@${d.edition.id}`}>
              {t("earlierEdition", {
                dataset: datasetName(tl, d.dataset.slug, d.dataset.name),
                edition: d.edition.label,
                current: d.dataset.currentEdition!.label,
              })}
            </li>
          ))}
      </ul>
      {definitions.series.some((s) => s.dataset.definition.startsWith("NATO")) &&
        definitions.series.some((s) => s.dataset.definition === "SIPRI") && <WhyFiguresDiffer locale={locale} />}
      {country === "JPN" && <ComputedSharesTable shares={shares} locale={locale} open />}
    </>
  );
}
