import { z } from "zod";
import { TEXT_ENCODINGS } from "../csv/text-encodings";
import type { ParseOverrides } from "../csv/parse";
import type { EditionMode } from "./edition-scope";

const trimmedName = z.string().trim().min(1).max(200);

/**
 * How to read a file and how it relates to the current edition: the one schema of the importer's choices, for
 * the CLI's flags (`--skip-unknown` arrives as skipUnknown), the upload's query parameters (all strings) and the
 * shipped data's recipes. The messages name the option as both spell it.
 */
export const ZImportOptions = z.object({
  encoding: z.enum(TEXT_ENCODINGS, { message: `encoding takes one of ${TEXT_ENCODINGS.join(", ")}` }).optional(),
  delimiter: z
    .enum([",", ";", "\t", "tab"], { message: 'delimiter takes ",", ";" or tab' })
    .transform((d) => (d === "tab" ? "\t" : d))
    .optional(),
  decimal: z.enum([".", ","], { message: 'decimal takes "." or ","' }).optional(),
  unit: z
    .enum(["percent", "fraction"], {
      message: "unit takes percent (2.0 = 2% of GDP) or fraction (0.02 = 2%, multiplied by 100)",
    })
    .optional(),
  sheet: trimmedName.optional(),
  measure: trimmedName.optional(),
  skipUnknown: z
    .union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], {
      message: "skipUnknown takes true or false",
    })
    .optional(),
  mode: z
    .enum(["replace", "update"], {
      message: "mode takes replace (the file is the whole new edition) or update (add or revise the file's figures)",
    })
    .optional(),
});
export type TImportOptions = z.infer<typeof ZImportOptions>;

/** The options as importEdition takes them: how to parse the file, and the edition mode. */
export function importChoices(options: TImportOptions): { overrides: ParseOverrides; editionMode?: EditionMode } {
  const { mode, ...overrides } = options;
  return { overrides, ...(mode ? { editionMode: mode } : {}) };
}
