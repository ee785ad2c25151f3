import { resolveCountry } from "./country-lookup";

// Rows of publishers' tables that add countries up (regions, income groups, alliances): skipped and reported by the
// importer, never read as a country.

// World Bank WDI aggregate codes (regions, income groups, lending groups); CHI, the Channel Islands, is Jersey and
// Guernsey together.
const WORLD_BANK_AGGREGATES = new Set(
  "AFE AFW ARB CEB CHI CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD".split(
    " ",
  ),
);
const AGGREGATE_WORDS =
  /\b(world|income|region|union|area|total|totale|members|countries|asia|africa|europe|europa|americas?|oceania|middle east|ida|ibrd|oecd|sipri|states|nato|allies)\b/i;

/** A regional or income aggregate (OWID_*, World Bank region codes, "NATO Europe and Canada"), not a country. */
export function isAggregate(code: string, name: string): boolean {
  if (/^OWID_/i.test(code) && code.toUpperCase() !== "OWID_KOS") return true;
  if (WORLD_BANK_AGGREGATES.has(code.toUpperCase())) return true;
  if (/^NATO_/i.test(code)) return true;
  return AGGREGATE_WORDS.test(name) && resolveCountry(name) === undefined;
}
