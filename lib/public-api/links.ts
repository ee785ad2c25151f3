// Absolute URLs of the public API's resources; every link in an answer is built here.
export const API_BASE = "/api/v1";

export const datasetUrl = (origin: string, slug: string) => `${origin}${API_BASE}/datasets/${slug}`;

export const feedUrl = (origin: string, slug?: string) => `${origin}${slug ? `/feed/${slug}.xml` : "/feed.xml"}`;

export interface ObservationsLink {
  countries?: string[];
  from?: number;
  to?: number;
  edition?: number;
  format?: "json" | "csv";
}

/** The observations URL, parameters in a fixed order (the default format left out). */
export function observationsUrl(origin: string, slug: string, q: ObservationsLink = {}): string {
  const params = [
    q.countries?.length ? `countries=${q.countries.join(",")}` : null,
    q.from !== undefined ? `from=${q.from}` : null,
    q.to !== undefined ? `to=${q.to}` : null,
    q.edition !== undefined ? `edition=${q.edition}` : null,
    q.format === "csv" ? "format=csv" : null,
  ].filter((p) => p !== null);
  return `${datasetUrl(origin, slug)}/observations${params.length ? `?${params.join("&")}` : ""}`;
}

/** The citation URL of a dataset's edition (the default format, csl-json, left out). */
export function citationUrl(
  origin: string,
  slug: string,
  q: { edition?: number; format?: string; accessed?: string } = {},
): string {
  const params = [
    q.edition !== undefined ? `edition=${q.edition}` : null,
    q.format && q.format !== "csl-json" ? `format=${q.format}` : null,
    q.accessed ? `accessed=${q.accessed}` : null,
  ].filter((p) => p !== null);
  return `${datasetUrl(origin, slug)}/citation${params.length ? `?${params.join("&")}` : ""}`;
}
