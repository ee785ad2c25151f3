import { z } from "zod";
import { API_BASE } from "./links";
import { ZCitationQuery, ZObservationsQuery, ZSlug } from "./params";
import { PROBLEMS } from "./problem";
import * as schemas from "./schemas";

// The OpenAPI 3.1 document of the public API, generated from the Zod schemas that validate its parameters
// (params.ts) and describe its answers (schemas.ts): Zod 4 writes JSON Schema 2020-12, OpenAPI 3.1's own dialect.

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const plain = ({ $schema: _s, $id: _i, ...rest }: Record<string, unknown>) => rest;
const inputSchema = (schema: z.ZodType) => plain(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));

function components() {
  void schemas; // the schemas register their ids in Zod's global registry when the module loads
  const all = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/components/schemas/${id}` }).schemas;
  return Object.fromEntries(Object.entries(all).map(([id, s]) => [id, plain(s as Record<string, unknown>)]));
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const cacheHeaders = {
  ETag: {
    description: "Send it back in If-None-Match: 304 while the answer is unchanged.",
    schema: { type: "string" },
  },
  "Cache-Control": {
    description:
      "Pinned (`edition=`): `public, max-age=31536000, immutable`. Unpinned: `public, max-age=0, s-maxage=10`.",
    schema: { type: "string" },
  },
};
const ok = (description: string, content: Record<string, unknown>) => ({ description, headers: cacheHeaders, content });
const common = {
  "304": { description: "Not modified: the If-None-Match tag is the current one.", headers: cacheHeaders },
  "503": problem(PROBLEMS.unavailable.title),
};
const slugParameter = { name: "slug", in: "path", required: true, schema: inputSchema(ZSlug) };
const queryParameters = (shape: Record<string, z.ZodType>) =>
  Object.entries(shape).map(([name, schema]) => {
    const json = inputSchema(schema);
    return { name, in: "query", required: false, description: json.description, schema: json };
  });

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Defense Spending Dashboard API",
      version: "1.0.0",
      description:
        "Read-only figures of defense spending as a share of GDP, by publisher and edition (NATO, SIPRI, Japan's " +
        "definitions). No key, no session. Every figure names its edition; pin an edition (`edition=`) for an answer " +
        "that never changes. Human-readable guide: /api.",
    },
    servers: [{ url: `${origin}${API_BASE}` }],
    paths: {
      "/datasets": {
        get: {
          operationId: "listDatasets",
          summary: "Every dataset with its definition, unit, licence, publisher, newest year and editions",
          responses: {
            "200": ok("The datasets", { "application/json": { schema: ref("DatasetList") } }),
            "400": problem(PROBLEMS.invalid_parameter.title),
            ...common,
          },
        },
      },
      "/datasets/{slug}": {
        get: {
          operationId: "getDataset",
          summary: "One dataset with its committed editions",
          parameters: [slugParameter],
          responses: {
            "200": ok("The dataset", { "application/json": { schema: ref("Dataset") } }),
            "404": problem(PROBLEMS.unknown_dataset.title),
            ...common,
          },
        },
      },
      "/datasets/{slug}/observations": {
        get: {
          operationId: "getObservations",
          summary: "A dataset's figures in long format, as JSON or CSV",
          parameters: [slugParameter, ...queryParameters(ZObservationsQuery.shape)],
          responses: {
            "200": ok("The figures (CSV: a header line, then one row per figure, the Observation fields)", {
              "application/json": { schema: ref("Observations") },
              "text/csv": { schema: { type: "string" } },
            }),
            "400": problem(PROBLEMS.invalid_parameter.title),
            "404": problem(`${PROBLEMS.unknown_dataset.title}, or ${PROBLEMS.unknown_edition.title.toLowerCase()}`),
            ...common,
          },
        },
      },
      "/datasets/{slug}/citation": {
        get: {
          operationId: "getCitation",
          summary:
            "A citation of one edition: the publisher first, this dashboard as compiler, the pinned URL, the day of access",
          description:
            "BibTeX (biblatex `@dataset`, the dashboard as `editor` with `editortype = {compiler}`), RIS (`TY  - DATA`, " +
            "the dashboard as `A2`) or CSL-JSON (a list of one item, the dashboard as `compiler`). The URL cited is " +
            "the dashboard pinned to the edition (`?dataset=<slug>&v=<id>`), so it shows the same figures forever.",
          parameters: [slugParameter, ...queryParameters(ZCitationQuery.shape)],
          responses: {
            "200": ok("The citation", {
              "application/vnd.citationstyles.csl+json": { schema: { type: "array", items: ref("CslItem") } },
              "application/x-bibtex": { schema: { type: "string" } },
              "application/x-research-info-systems": { schema: { type: "string" } },
            }),
            "400": problem(PROBLEMS.invalid_parameter.title),
            "404": problem(`${PROBLEMS.unknown_dataset.title}, or ${PROBLEMS.unknown_edition.title.toLowerCase()}`),
            ...common,
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          responses: { "200": ok("OpenAPI 3.1", { "application/json": { schema: { type: "object" } } }) },
        },
      },
    },
    components: { schemas: components() },
  };
}
