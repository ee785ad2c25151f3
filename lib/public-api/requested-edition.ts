import "server-only";
import { listCommittedEditions } from "../queries/list-committed-editions";
import { apiProblem } from "./problem";

/**
 * The dataset a request names and the committed edition it asks for (`edition`), or its current one; a 404 problem
 * naming what is missing otherwise.
 */
export async function requestedEdition(slug: string, edition: number | undefined) {
  const [dataset] = await listCommittedEditions(slug);
  if (!dataset) throw apiProblem("unknown_dataset", `There is no dataset "${slug}"; GET /api/v1/datasets lists them.`);
  const wanted = edition ?? dataset.currentEditionId;
  const found = dataset.editions.find((e) => e.id === wanted);
  if (!found)
    throw apiProblem(
      "unknown_edition",
      edition === undefined
        ? `Dataset "${slug}" has no current edition yet.`
        : `Dataset "${slug}" has no committed edition ${edition}; GET /api/v1/datasets/${slug} lists its editions.`,
    );
  return { dataset, edition: found };
}
