import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { AccountLink } from "./_components/account-link";
import { LanguageSwitcher } from "./_components/language-switcher";

/**
 * The same for every reader (who is signed in is asked by the browser), so pages under it can be cached. The header's
 * links are not prefetched: on a phone they are in view at once, and fetching and decoding four pages at load kept
 * the main thread busy (Lighthouse's mobile Total Blocking Time).
 */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("nav");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <header className="site-header">
        <Link href="/" className="brand" prefetch={false}>
          {t("brand")}
        </Link>
        <nav aria-label={t("main")}>
          <Link href="/" prefetch={false}>
            {t("dashboard")}
          </Link>
          <Link href="/sources" prefetch={false}>
            {t("sources")}
          </Link>
          <Link href="/history/nato" prefetch={false}>
            {t("history")}
          </Link>
          <Link href="/upload" prefetch={false}>
            {t("upload")}
          </Link>
          <AccountLink />
          <LanguageSwitcher />
        </nav>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
