import type { DashboardState } from "../state/url-state";
import { formats } from "./format";

/** The dashboard translator's messages a title needs (`dashboard.pageTitle`, `dashboard.views.*`). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * "Path: Japan, Poland 2014–2025": the title of a dashboard view, for the server's first HTML and for the tab
 * after the browser redraws it. The definitions view shows one country, so its title names one.
 */
export function pageTitle(
  state: Pick<DashboardState, "view" | "countries" | "from" | "to">,
  nameOf: (iso3: string) => string,
  t: Translate,
  locale: string,
): string {
  const f = formats(locale);
  const shown = state.view === "definitions" ? state.countries.slice(0, 1) : state.countries;
  return t("pageTitle", {
    view: t(`views.${state.view}`),
    countries: f.list(shown.map(nameOf)),
    from: f.year(state.from),
    to: f.year(state.to),
  });
}

/** A page's title as the tab shows it, the site's name after it (also the layout's template, with "%s"). */
export const documentTitle = (title: string, siteName: string) => `${title} — ${siteName}`;
