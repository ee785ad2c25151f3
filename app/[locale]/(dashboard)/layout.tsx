import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { currentEditor } from "@/lib/auth/require-editor";
import { LanguageSwitcher } from "./_components/language-switcher";
import { SignOutButton } from "./_components/sign-out-button";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [editor, t] = await Promise.all([currentEditor(), getTranslations("nav")]);
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
          {editor ? <SignOutButton editor={editor} /> : <Link href="/login">{t("signIn")}</Link>}
          <LanguageSwitcher />
        </nav>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
