import "server-only";
import { getTranslations } from "next-intl/server";
import { routing } from "../../i18n/routing";
import { feedXml } from "./feed";
import { representation } from "./http-cache";
import { apiProblem } from "./problem";
import { publicGet } from "./route";

/** GET of an Atom feed (every dataset's, or one dataset's); `lang=ar|ja` writes it in that language. */
export const feedRoute = <Context>(slugOf: (context: Context) => Promise<string | undefined>) =>
  publicGet(async ({ query, origin }, context: Context) => {
    const slug = await slugOf(context);
    const { lang = "en", ...rest } = query;
    const [extra] = Object.keys(rest);
    if (extra !== undefined || !(routing.locales as readonly string[]).includes(lang))
      throw apiProblem("invalid_parameter", `Invalid \`${extra ?? "lang"}\`: a feed takes only lang (en, ar, ja).`, [
        { name: extra ?? "lang", reason: extra ? "not a parameter of this endpoint" : "en, ar or ja" },
      ]);
    return {
      key: `feed:${slug ?? "*"}:${lang}`,
      pinned: false,
      build: async () =>
        representation(
          await feedXml(slug, origin, lang, await getTranslations({ locale: lang })),
          "application/atom+xml; charset=utf-8",
          false,
        ),
    };
  });
