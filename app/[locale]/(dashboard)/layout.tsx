import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { AccountLink } from "./_components/account-link";
import { LanguageSwitcher } from "./_components/language-switcher";

/** The same for every reader (who is signed in is asked by the browser), so pages under it can be cached. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("nav");
  return (
    <>
      <a className="skip-link" href="#main">{t("skip")}</a>
      <header className="site-header">
        <Link href="/" className="brand">{t("brand")}</Link>
        <nav aria-label={t("main")}>
          <Link href="/">{t("dashboard")}</Link>
          <Link href="/sources">{t("sources")}</Link>
          <Link href="/history/nato">{t("history")}</Link>
          <Link href="/upload">{t("upload")}</Link>
          <AccountLink />
          <LanguageSwitcher />
        </nav>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
