import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { getTranslations } from "next-intl/server";
import { isRightToLeft, routing } from "@/i18n/routing";
import { referenceLines } from "@/lib/dashboard/text/annotations";
import { formats } from "@/lib/dashboard/text/format";
import { datasetName } from "@/lib/dashboard/text/labels";
import { previewSvg } from "@/lib/dashboard/export/preview-svg";
import { serializeState } from "@/lib/dashboard/state/url-state";
import { isAppError } from "@/lib/errors/app-error";
import { errorKind } from "@/lib/errors/codes";
import { boundedRenders } from "@/lib/server/bounded-renders";
import { getDashboardView } from "@/lib/queries/get-dashboard-view";
import { countryName } from "@/lib/reference/countries";

const FONTS = [
  "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
  "node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  "node_modules/@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
].map((f) => path.join(process.cwd(), f));

// Every distinct URL used to draw a new PNG (10 anonymous connections pushed /api/health to 4–6 s). Images are now
// cached under the view they show — language, edition, dataset name and the normalised state, so unknown or
// reordered parameters share one image — and drawn off the main thread, at most 2 at once with 8 waiting; beyond
// that the answer is 503 with Retry-After. About 300 KB an image: 200 of them are ~60 MB at most.
const previews = boundedRenders<Uint8Array>({ maxEntries: 200, maxRunning: 2, maxWaiting: 8 });

/** Link preview (Open Graph / Twitter card) of the dashboard URL it is given, in the link's language (`lang`). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams);
  const requested = params.lang ?? "en";
  const locale = (routing.locales as readonly string[]).includes(requested) ? requested : "en";
  const view = await getDashboardView(params, locale);
  if (!view) return new Response("No data loaded", { status: 503 });
  const key = [locale, view.edition.id, view.dataset.name, serializeState(view.state)].join("\n");
  let png: { value: Uint8Array; hit: boolean };
  try {
    png = await previews.get(key, async () => {
      const [t, tl] = await Promise.all([getTranslations({ locale, namespace: "og" }), getTranslations({ locale })]);
      const f = formats(locale);
      const svg = previewSvg({
        locale,
        rtl: isRightToLeft(locale),
        // the card's title says "% of GDP" only of a share of GDP (the description names any other measure)
        title: t(view.dataset.unit === "percent_of_gdp" ? "title" : "titleOtherUnit"),
        description: view.description,
        footer: `${f.year(view.state.from)}–${f.year(view.state.to)} · ${f.list([datasetName(tl, view.dataset.slug, view.dataset.name), view.edition.label])}`,
        points: view.points,
        countries: view.state.countries.map((iso3) => ({ iso3, name: countryName(iso3, locale) })),
        from: view.state.from,
        to: view.state.to,
        guides: referenceLines(view.targets).map((l) => l.value),
        unit: view.dataset.unit,
      });
      const image = await renderAsync(svg, {
        font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Noto Sans JP" },
      });
      return new Uint8Array(image.asPng());
    });
  } catch (error) {
    if (isAppError(error, "renders_busy")) {
      const { status, retryAfter } = errorKind(error.code);
      return new Response(error.message, { status, headers: { "retry-after": String(retryAfter) } });
    }
    throw error;
  }
  return new Response(png.value.slice(), {
    headers: {
      "content-type": "image/png",
      "cache-control": "public, max-age=3600",
      "x-preview-cache": png.hit ? "hit" : "miss",
    },
  });
}
