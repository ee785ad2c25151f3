import { z } from "zod";
import { UNIT_SENTENCES, UNITS } from "../reference/units";

// What the public API answers, as Zod schemas: the OpenAPI document describes the responses from these, and the
// HTTP tests parse every answer with them, so the document cannot drift from what the server sends.

export const ZEdition = z
  .object({
    id: z.number().int().meta({ description: "Pin observations to this edition with `edition=<id>`." }),
    label: z.string().meta({ examples: ["April 2026"] }),
    publishedOn: z.string().nullable().meta({ description: "The publisher's release date (YYYY-MM-DD)." }),
    loadedAt: z.string().meta({ description: "When the dashboard loaded it (ISO 8601, UTC)." }),
    figures: z.number().int().meta({ description: "How many figures it holds." }),
    carried: z.number().int().meta({ description: "An update's figures carried unchanged from `basedOn`." }),
    basedOn: z.number().int().nullable().meta({ description: "The edition this one was made from." }),
    current: z.boolean(),
    sha256: z.string().meta({ description: "SHA-256 of the file as loaded." }),
    note: z.string().nullable(),
  })
  .meta({ id: "Edition" });

/** What every value of a dataset measures (lib/reference/units.ts). */
const ZUnit = z.enum(UNITS).meta({
  description: `What every value measures. ${UNITS.map((u) => `\`${u}\`: ${UNIT_SENTENCES[u]}`).join(" ")}`,
});

export const ZDataset = z
  .object({
    slug: z.string(),
    name: z.string(),
    publisher: z.string().meta({ description: "Who published the figures (cite them first)." }),
    definition: z.string().meta({ description: "What counts as defense spending: NATO, SIPRI, Japan's definitions…" }),
    unit: ZUnit,
    license: z.string(),
    sourceUrl: z.string(),
    description: z.string(),
    newestYear: z.number().int().nullable().meta({ description: "The newest year of the current edition." }),
    currentEdition: z.number().int().nullable(),
    editions: z.array(ZEdition).meta({ description: "Committed editions, newest first." }),
    links: z.object({ self: z.string(), observations: z.string(), feed: z.string() }),
  })
  .meta({ id: "Dataset" });

export const ZDatasetList = z.object({ datasets: z.array(ZDataset) }).meta({ id: "DatasetList" });

/** One figure; the CSV has these columns in this order. */
export const ZObservation = z
  .object({
    dataset: z.string(),
    edition: z.number().int(),
    edition_label: z.string(),
    country: z.string().meta({ description: "ISO 3166-1 alpha-3 (XKX for Kosovo)." }),
    country_name: z.string().meta({ description: "English short name (CLDR)." }),
    year: z.number().int(),
    value: z.number().meta({
      description: "As published, in the dataset's unit: percent of GDP for most datasets (2.0 = 2%).",
    }),
    status: z.enum(["actual", "estimate", "budget", "plan"]),
    note: z.string().nullable(),
    source: z.string().nullable().meta({ description: "The row's own citation where the file gave one." }),
  })
  .meta({ id: "Observation" });

export const OBSERVATION_COLUMNS = Object.keys(ZObservation.shape) as (keyof z.infer<typeof ZObservation>)[];

export const ZObservations = z
  .object({
    dataset: z.string(),
    edition: z.object({ id: z.number().int(), label: z.string(), publishedOn: z.string().nullable() }),
    pinned: z.boolean().meta({ description: "Whether the request named the edition (an immutable answer)." }),
    unit: ZUnit,
    links: z.object({ pinned: z.string().meta({ description: "This answer's immutable URL." }) }),
    observations: z.array(ZObservation),
  })
  .meta({ id: "Observations" });

const ZCslName = z.object({ literal: z.string() });
const ZCslDate = z.object({ "date-parts": z.array(z.array(z.number().int()).min(1).max(3)).length(1) });

/** A citation in CSL-JSON (CSL 1.0.2), as `GET /api/v1/datasets/{slug}/citation` gives it. */
export const ZCslItem = z
  .strictObject({
    id: z.string(),
    type: z.literal("dataset"),
    title: z.string(),
    "container-title": z.string().optional(),
    author: z.array(ZCslName).meta({ description: "The publisher of the figures: cite them first." }),
    compiler: z.array(ZCslName).meta({ description: "This dashboard, which compiled the figures." }),
    publisher: z.string(),
    version: z.string().meta({ description: "The edition's label." }),
    issued: ZCslDate.optional().meta({ description: "The publisher's release date." }),
    accessed: ZCslDate,
    URL: z.string().meta({ description: "The dashboard pinned to the edition." }),
    note: z.string().optional(),
  })
  .meta({ id: "CslItem" });

export const ZProblem = z
  .object({
    type: z.string().meta({ description: "A URL naming the kind of problem; the /api page explains each." }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    invalidParams: z
      .array(z.object({ name: z.string(), reason: z.string() }))
      .optional()
      .meta({ description: "Each bad query parameter, by name." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });

export type TDataset = z.infer<typeof ZDataset>;
export type TEdition = z.infer<typeof ZEdition>;
export type TObservation = z.infer<typeof ZObservation>;
export type TObservations = z.infer<typeof ZObservations>;
export type TProblem = z.infer<typeof ZProblem>;
