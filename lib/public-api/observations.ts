import "server-only";
import { toObservationsCsv } from "../dashboard/export/observations-csv";
import { getObservations } from "../queries/get-observations";
import { countryName, listCountryRecords } from "../reference/countries";
import { type Representation, representation } from "./http-cache";
import { observationsUrl } from "./links";
import { type TObservationsQuery, YEAR_MAX, YEAR_MIN } from "./params";
import { apiProblem } from "./problem";
import { requestedEdition } from "./requested-edition";
import { OBSERVATION_COLUMNS, type TObservation, type TObservations } from "./schemas";

let knownCountries: Set<string> | undefined;

/**
 * One dataset's figures in long format, as JSON or CSV with the same fields. Pinned to the edition the request
 * names, or the current one; the answer holds only what an edition fixes (never the dataset's editable details), so a
 * pinned answer is the same forever.
 */
export async function observationsRepresentation(
  slug: string,
  query: TObservationsQuery,
  origin: string,
): Promise<Representation> {
  knownCountries ??= new Set(listCountryRecords().map((c) => c.iso3));
  const unknown = (query.countries ?? []).filter((c) => !knownCountries!.has(c));
  if (unknown.length > 0)
    throw apiProblem("invalid_parameter", `Invalid \`countries\`: unknown country code ${unknown.join(", ")}.`, [
      { name: "countries", reason: `unknown ISO 3166-1 alpha-3 code ${unknown.join(", ")}` },
    ]);
  const { dataset, edition } = await requestedEdition(slug, query.edition);
  const countries = query.countries ? [...query.countries].sort() : null;
  const points = await getObservations(edition.id, countries, query.from ?? YEAR_MIN, query.to ?? YEAR_MAX);
  const rows: TObservation[] = points.map((p) => ({
    dataset: slug,
    edition: edition.id,
    edition_label: edition.label,
    country: p.country,
    country_name: countryName(p.country, "en"),
    year: p.year,
    value: p.value,
    status: p.status,
    note: p.note,
    source: p.source,
  }));
  const link = { countries: countries ?? undefined, from: query.from, to: query.to, edition: edition.id };
  const pinnedUrl = observationsUrl(origin, slug, { ...link, format: query.format });
  const pinned = query.edition !== undefined;
  const extra = pinned ? {} : { contentLocation: pinnedUrl };
  if (query.format === "csv") {
    const name = `${slug}-edition-${edition.id}.csv`;
    return representation(toObservationsCsv(rows, OBSERVATION_COLUMNS), "text/csv; charset=utf-8", pinned, {
      ...extra,
      disposition: `inline; filename="${name}"`,
    });
  }
  const body: TObservations = {
    dataset: slug,
    edition: { id: edition.id, label: edition.label, publishedOn: edition.publishedOn },
    pinned,
    unit: dataset.unit,
    links: { pinned: observationsUrl(origin, slug, link) },
    observations: rows,
  };
  return representation(JSON.stringify(body), "application/json; charset=utf-8", pinned, extra);
}
