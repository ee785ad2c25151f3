import { defineRouting } from "next-intl/routing";

// English at /, Arabic at /ar, Japanese at /ja. A first visit to an unprefixed URL follows the browser's preferred
// language; links the app copies always carry their language (/en/… too), so they open as the sender saw them.
export const routing = defineRouting({
  locales: ["en", "ar", "ja"],
  defaultLocale: "en",
  localePrefix: "as-needed",
});

export type Locale = (typeof routing.locales)[number];

export const isRightToLeft = (locale: string) => locale === "ar";

/** The `dir` of text in `locale`. */
export const textDirection = (locale: string): "ltr" | "rtl" => (isRightToLeft(locale) ? "rtl" : "ltr");
