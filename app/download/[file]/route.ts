import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { siteOrigin } from "@/lib/api/site-origin";
import { toCsv } from "@/lib/dashboard/export/csv-export";
import { computedCsvRows } from "@/lib/dashboard/text/share-formula";
import { serializeState } from "@/lib/dashboard/state/url-state";
import { getCarriedFigures } from "@/lib/queries/get-carried-figures";
import { getDashboardView } from "@/lib/queries/get-dashboard-view";
import { getObservations } from "@/lib/queries/get-observations";

/**
 * /download/view.csv?<dashboard state> — the figures on screen; /download/dataset.csv?dataset=… — the whole
 * current edition. Both carry a citation header. `lang` (en, ar, ja) is the language of country names and of the
 * labels and formulas of shares computed here (Japan in the table and definitions views).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file !== "view.csv" && file !== "dataset.csv") return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") ?? "en";
  const locale = (routing.locales as readonly string[]).includes(lang) ? lang : "en";
  const view = await getDashboardView(Object.fromEntries(url.searchParams), locale);
  if (!view) return new Response("No data loaded", { status: 503 });
  const edition = file === "view.csv" || view.state.edition !== null ? view.edition : view.dataset.currentEdition;
  const publishedOn = edition.id === view.dataset.currentEdition.id ? view.dataset.currentEdition.publishedOn : null;
  const points = file === "view.csv" ? view.points : await getObservations(edition.id, null, 1900, 2100);
  const carried = await getCarriedFigures(edition.id);
  const names = new Map(view.countries.map((c) => [c.iso3, c.name]));
  // the shares computed here are on screen in the definitions view, and in the table view when Japan is chosen
  const { view: shown, countries } = view.state;
  const computedShown = shown === "definitions" || (shown === "table" && countries.includes("JPN"));
  const computed =
    file === "view.csv" && computedShown && view.definitions
      ? computedCsvRows(view.definitions.shares, await getTranslations({ locale }), locale)
      : [];
  const csv = toCsv(
    points,
    names,
    {
      datasetName: view.dataset.name,
      publisher: view.dataset.publisher,
      definition: view.dataset.definition,
      unit: view.dataset.unit,
      edition: edition.label,
      publishedOn,
      sourceUrl: view.dataset.sourceUrl,
      license: view.dataset.license,
      carried: carried && { count: carried.count, from: carried.from.label },
      pageUrl: `${siteOrigin(request.headers, url.origin)}/${serializeState(view.state)}`,
    },
    computed,
  );
  const name =
    file === "view.csv"
      ? `defense-${view.dataset.unit === "percent_of_gdp" ? "share-of-gdp" : "spending"}-${view.dataset.slug}-${view.state.from}-${view.state.to}.csv`
      : `${view.dataset.slug}-${edition.label.replace(/[^\w-]+/g, "-")}.csv`;
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` },
  });
}
