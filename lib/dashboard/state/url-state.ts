// The whole dashboard view lives in the URL: one typed state object, written with only what differs from the
// defaults (`?countries=JPN~POL&view=ranking`). `~` joins lists because some sites rewrite `+` and `%20`.
import { editionIdOf } from "./edition-id";
import { OUTLOOK_DEFAULTS, OUTLOOK_PARAMS, type OutlookState, parseOutlook, serializeOutlook } from "./outlook-state";

export const VIEWS = ["path", "ranking", "table", "definitions", "outlook", "equipment"] as const;
export type View = (typeof VIEWS)[number];

export interface DashboardState extends OutlookState {
  countries: string[];
  from: number;
  to: number;
  dataset: string;
  view: View;
  /** year ranked in the ranking view; null = latest year in the range with data */
  year: number | null;
  /** pinned edition id (`v=`): the view shows exactly that edition forever; null = the current edition */
  edition: number | null;
  /**
   * The newest year of the dataset shown (its current edition's), known when the URL was read: the range ends there
   * unless the URL says `to=`. Never written to the URL, so no year in the code goes stale when an edition lands.
   */
  latest: number;
}

export const YEAR_FLOOR = 1949;
export const YEAR_CEILING = 2035;
/** every year the controls offer, YEAR_FLOOR first */
export const SELECTABLE_YEARS: readonly number[] = Array.from(
  { length: YEAR_CEILING - YEAR_FLOOR + 1 },
  (_, i) => YEAR_FLOOR + i,
);
/** `year` as `labels` (SELECTABLE_YEARS written in a language, in the same order) write it */
export const yearLabel = (labels: readonly string[], year: number): string => labels[year - YEAR_FLOOR]!;

/** The defaults; `to` and `latest` are the dataset's newest year, YEAR_CEILING only for a dataset without figures. */
export const DEFAULT_STATE: DashboardState = {
  countries: ["JPN", "POL", "DEU", "USA", "GBR", "KOR"],
  from: 2014,
  to: YEAR_CEILING,
  dataset: "sipri",
  view: "path",
  year: null,
  edition: null,
  latest: YEAR_CEILING,
  ...OUTLOOK_DEFAULTS,
};

/** Every URL parameter the state reads, in the order serializeState writes them. */
export const STATE_PARAMS = ["countries", "from", "to", "dataset", "view", "year", "v", ...OUTLOOK_PARAMS] as const;

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const yearOf = (v: string | undefined) => {
  if (!v || !/^\d{4}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= YEAR_FLOOR && n <= YEAR_CEILING ? n : undefined;
};

export interface KnownValues {
  datasets: readonly string[];
  countries: ReadonlySet<string>;
  /** each dataset's newest year with a figure; a dataset missing here ends its default range at YEAR_CEILING */
  newestYears?: Readonly<Record<string, number>>;
}

/** The edition a link pins (`v=`), if it can be one; whether it exists is the database's to say. */
export const pinnedEditionOf = (params: SearchParams): number | null => editionIdOf(first(params.v));

/** Reads the URL; anything invalid falls back to its default, never to an error page. */
export function parseState(params: SearchParams, known: KnownValues): DashboardState {
  const countries = (first(params.countries) ?? "")
    .split(/[~+, ]/)
    .map((c) => c.trim().toUpperCase())
    .filter((c, i, all) => known.countries.has(c) && all.indexOf(c) === i)
    .slice(0, 40);
  const asked = first(params.dataset);
  const dataset = asked && known.datasets.includes(asked) ? asked : DEFAULT_STATE.dataset;
  const latest = known.newestYears?.[dataset] ?? YEAR_CEILING;
  let from = yearOf(first(params.from)) ?? Math.min(DEFAULT_STATE.from, latest);
  let to = yearOf(first(params.to)) ?? latest;
  if (from > to) [from, to] = [to, from];
  const view = first(params.view);
  return {
    countries: first(params.countries) !== undefined && countries.length > 0 ? countries : DEFAULT_STATE.countries,
    from,
    to,
    dataset,
    view: (VIEWS as readonly string[]).includes(view ?? "") ? (view as View) : DEFAULT_STATE.view,
    year: yearOf(first(params.year)) ?? null,
    edition: pinnedEditionOf(params),
    latest,
    ...parseOutlook(
      {
        sc: first(params.sc),
        gdp: first(params.gdp),
        spend: first(params.spend),
        prev: first(params.prev),
        rev: first(params.rev),
      },
      (c) => known.countries.has(c),
      (y) => yearOf(String(y)) !== undefined,
    ),
  };
}

/** Query string for a state, defaults omitted, keys in a stable order; "" for the default view. */
export function serializeState(state: DashboardState): string {
  const parts: string[] = [];
  const d = DEFAULT_STATE;
  if (state.countries.join("~") !== d.countries.join("~")) parts.push(`countries=${state.countries.join("~")}`);
  if (state.from !== d.from) parts.push(`from=${state.from}`);
  if (state.to !== state.latest) parts.push(`to=${state.to}`);
  if (state.dataset !== d.dataset) parts.push(`dataset=${encodeURIComponent(state.dataset)}`);
  if (state.view !== d.view) parts.push(`view=${state.view}`);
  if (state.year !== null) parts.push(`year=${state.year}`);
  if (state.edition !== null) parts.push(`v=${state.edition}`);
  parts.push(...serializeOutlook(state));
  return parts.length ? `?${parts.join("&")}` : "";
}
