import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { getTranslations } from "next-intl/server";
import { isRightToLeft, routing } from "@/i18n/routing";
import { referenceLines } from "@/lib/dashboard/text/annotations";
import { formats } from "@/lib/dashboard/text/format";
import { datasetName } from "@/lib/dashboard/text/labels";
import { previewSvg } from "@/lib/dashboard/export/preview-svg";
import { getDashboardView } from "@/lib/queries/get-dashboard-view";
import { countryName } from "@/lib/reference/countries";

const FONTS = [
  "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
  "node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  "node_modules/@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
].map((f) => path.join(process.cwd(), f));

/** Link preview (Open Graph / Twitter card) of the dashboard URL it is given, in the link's language (`lang`). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams);
  const requested = params.lang ?? "en";
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : "en";
  const view = await getDashboardView(params, locale);
  if (!view) return new Response("No data loaded", { status: 503 });
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: "og" }), getTranslations({ locale })]);
  const f = formats(locale);
  const svg = previewSvg({
    locale,
    rtl: isRightToLeft(locale),
    title: t("title"),
    description: view.description,
    footer: `${f.year(view.state.from)}–${f.year(view.state.to)} · ${datasetName(tl, view.dataset.slug, view.dataset.name)}, ${view.edition.label}`,
    points: view.points,
    countries: view.state.countries.map((iso3) => ({ iso3, name: countryName(iso3, locale) })),
    from: view.state.from,
    to: view.state.to,
    guides: referenceLines(view.targets).map((l) => l.value),
  });
  const png = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Noto Sans JP" } })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), {
    headers: { "content-type": "image/png", "cache-control": "public, max-age=3600" },
  });
}
