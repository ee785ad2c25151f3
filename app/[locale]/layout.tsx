import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, READER_NAMESPACES } from "@/i18n/client-messages";
import { routing, textDirection } from "@/i18n/routing";
import { documentTitle } from "@/lib/dashboard/text/page-title";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Reads no request headers or cookies, so the pages under it can be cached (the dashboard home is: view/[key]).
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "site" });
  return {
    title: { default: t("title"), template: documentTitle("%s", t("name")) },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The id of the empty element after the page's content: the browser paints its first frame once it is parsed. */
const PAGE_END = "page-end";

/**
 * The document in the reader's language: lang and, for Arabic, right-to-left. Its first frame waits until the page's
 * markup is parsed (`<link rel="expect" blocking="render">`, before the framework's payload): a frame painted from
 * half the HTML, which a browser paints whenever its parser pauses, would move the header, the tracker's columns and
 * the notes as the rest arrives.
 */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <link rel="expect" href={`#${PAGE_END}`} blocking="render" />
        <link
          rel="alternate"
          type="application/atom+xml"
          href={`/feed.xml${locale === "en" ? "" : `?lang=${locale}`}`}
          title={(await getTranslations({ locale, namespace: "releaseNotes" }))("feedTitle")}
        />
      </head>
      <body>
        <NextIntlClientProvider messages={pickMessages(await getMessages(), READER_NAMESPACES)}>
          {children}
        </NextIntlClientProvider>
        <span id={PAGE_END} hidden />
      </body>
    </html>
  );
}
