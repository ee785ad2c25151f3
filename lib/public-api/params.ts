import { z } from "zod";
import { CITATION_FORMATS } from "../dashboard/share/citation";
import { MAX_EDITION_ID } from "../dashboard/state/edition-id";

// The public API's parameters, validated here and described from the same schemas in the OpenAPI document
// (openapi.ts): a parameter documented is a parameter checked, and no description is written twice.

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** more than every country code there is, so a request naming each country once always fits */
export const MAX_COUNTRIES = 300;

export const ZSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "a dataset slug: lower-case letters, digits and hyphens")
  .meta({ description: "The dataset's slug, as `GET /api/v1/datasets` lists it.", examples: ["sipri"] });

const year = (which: string) =>
  z.coerce
    .number({ error: "a year, written as a whole number" })
    .int("a year, written as a whole number")
    .min(YEAR_MIN, `a year from ${YEAR_MIN} to ${YEAR_MAX}`)
    .max(YEAR_MAX, `a year from ${YEAR_MIN} to ${YEAR_MAX}`)
    .optional()
    .meta({ description: `${which} (inclusive). Omitted: no bound.` });

const editionId = z.coerce
  .number({ error: "an edition id, a whole number" })
  .int("an edition id, a whole number")
  .positive("an edition id, a whole number from 1")
  .max(MAX_EDITION_ID, "an edition id of this dataset (see its editions)")
  .optional();

const unknownKey = {
  error: (issue: { code?: string }) =>
    issue.code === "unrecognized_keys" ? "not a parameter of this endpoint" : undefined,
};

export const ZObservationsQuery = z
  .strictObject(
    {
      countries: z
        .string()
        .regex(/^[A-Za-z]{3}(?:[,~][A-Za-z]{3}){0,299}$/, "ISO 3166-1 alpha-3 codes separated by commas, e.g. JPN,POL")
        .transform((list) => [...new Set(list.toUpperCase().split(/[,~]/))])
        .optional()
        .meta({
          description: "ISO 3166-1 alpha-3 codes, separated by commas (`~` works too). Omitted: every country.",
          examples: ["JPN,POL,DEU"],
        }),
      from: year("First year"),
      to: year("Last year"),
      edition: editionId.meta({
        description:
          "Pin the answer to one committed edition (its id from the dataset's editions). Pinned answers never change " +
          "and may be cached forever. Omitted: the dataset's current edition.",
        examples: [3],
      }),
      format: z
        .enum(["json", "csv"], "json or csv")
        .default("json")
        .meta({ description: "`json` (default) or `csv` (UTF-8, one row per figure, the same fields)." }),
    },
    unknownKey,
  )
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "must not be later than `to`",
    path: ["from"],
  });

export type TObservationsQuery = z.output<typeof ZObservationsQuery>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

export const ZCitationQuery = z.strictObject(
  {
    edition: editionId.meta({
      description: "The committed edition to cite (its id from the dataset's editions). Omitted: the current edition.",
      examples: [3],
    }),
    format: z
      .enum(CITATION_FORMATS, "bibtex, ris or csl-json")
      .default("csl-json")
      .meta({ description: "`csl-json` (default, a list of one CSL item), `bibtex` (biblatex `@dataset`) or `ris`." }),
    accessed: z
      .string()
      .regex(DAY, "a day, written YYYY-MM-DD")
      .refine((day) => !DAY.test(day) || isCalendarDay(day), "a day of the calendar")
      .optional()
      .meta({
        description: "The day you read the figures (YYYY-MM-DD). Omitted: today (UTC).",
        examples: ["2026-12-03"],
      }),
  },
  unknownKey,
);

export type TCitationQuery = z.output<typeof ZCitationQuery>;

/** The query parameters as an object; a parameter given twice is refused by name, never silently picked. */
export function queryObject(
  search: URLSearchParams,
): { ok: true; query: Record<string, string> } | { ok: false; repeated: string } {
  const query: Record<string, string> = {};
  for (const [key, value] of search) {
    if (Object.hasOwn(query, key)) return { ok: false, repeated: key };
    query[key] = value;
  }
  return { ok: true, query };
}
