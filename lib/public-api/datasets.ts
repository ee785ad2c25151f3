import "server-only";
import { getNewestYear } from "../queries/get-newest-year";
import { type DatasetWithEditions, listCommittedEditions } from "../queries/list-committed-editions";
import { datasetUrl, feedUrl, observationsUrl } from "./links";
import { apiProblem } from "./problem";
import type { TDataset } from "./schemas";

/** Every dataset as `GET /api/v1/datasets` lists it. */
export async function publicDatasets(origin: string): Promise<TDataset[]> {
  return Promise.all((await listCommittedEditions()).map((d) => toPublic(d, origin)));
}

/** One dataset; a 404 problem for an unknown slug. */
export async function publicDataset(slug: string, origin: string): Promise<TDataset> {
  const [found] = await listCommittedEditions(slug);
  if (!found) throw apiProblem("unknown_dataset", `There is no dataset "${slug}"; GET /api/v1/datasets lists them.`);
  return toPublic(found, origin);
}

async function toPublic(d: DatasetWithEditions, origin: string): Promise<TDataset> {
  const { editions, currentEditionId, ...details } = d;
  return {
    ...details,
    newestYear: currentEditionId === null ? null : await getNewestYear(currentEditionId),
    currentEdition: currentEditionId,
    editions: editions.map((e) => ({ ...e, current: e.id === currentEditionId })),
    links: {
      self: datasetUrl(origin, d.slug),
      observations: observationsUrl(origin, d.slug),
      feed: feedUrl(origin, d.slug),
    },
  };
}
