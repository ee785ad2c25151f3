import { publicDatasets } from "@/lib/public-api/datasets";
import { representation } from "@/lib/public-api/http-cache";
import { apiProblem } from "@/lib/public-api/problem";
import { publicGet, readOnly } from "@/lib/public-api/route";

export const dynamic = "force-dynamic";

/** Every dataset with its definition, unit, licence, publisher, newest year and editions. */
export const GET = publicGet(({ query, origin }) => {
  const [extra] = Object.keys(query);
  if (extra !== undefined)
    throw apiProblem("invalid_parameter", `Invalid \`${extra}\`: this endpoint takes no parameters.`, [
      { name: extra, reason: "not a parameter of this endpoint" },
    ]);
  return {
    key: "datasets",
    pinned: false,
    build: async () =>
      representation(JSON.stringify({ datasets: await publicDatasets(origin) }), "application/json", false),
  };
});
export const HEAD = GET;
export const OPTIONS = readOnly.OPTIONS;
export const POST = readOnly.refuse;
