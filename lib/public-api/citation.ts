import "server-only";
import type { CitationInput } from "../dashboard/share/citation";
import { CITATION_MEDIA, formatCitation } from "../dashboard/share/citation-formats";
import { type Representation, representation } from "./http-cache";
import { citationUrl } from "./links";
import type { TCitationQuery } from "./params";
import { requestedEdition } from "./requested-edition";

/** Today in UTC, the day of access when the request names none. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * A citation of one edition of a dataset, in BibTeX, RIS or CSL-JSON: its publisher first, this dashboard as the
 * compiler, the dashboard's URL pinned to the edition and the day of access. The publisher's name is a dataset
 * detail an editor may correct, so even a citation naming its edition follows the data version (never immutable).
 */
export async function citationRepresentation(
  slug: string,
  query: TCitationQuery & { accessed: string },
  origin: string,
): Promise<Representation> {
  const { dataset, edition } = await requestedEdition(slug, query.edition);
  const { accessed } = query;
  const input: CitationInput = {
    dataset: { slug, name: dataset.name, publisher: dataset.publisher },
    edition: { id: edition.id, label: edition.label, publishedOn: edition.publishedOn },
    view: null,
    url: `${origin}/?dataset=${slug}&v=${edition.id}`,
    accessed,
  };
  const { contentType, extension } = CITATION_MEDIA[query.format];
  const exact = citationUrl(origin, slug, { edition: edition.id, format: query.format, accessed });
  return representation(formatCitation(query.format, input), contentType, false, {
    contentLocation: exact,
    disposition: `inline; filename="${slug}-edition-${edition.id}.${extension}"`,
  });
}
