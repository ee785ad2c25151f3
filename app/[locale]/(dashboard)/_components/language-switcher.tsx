"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname, useRouter } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

const NAMES: Record<string, string> = { en: "English", ar: "العربية", ja: "日本語" };

/** Same view, other language: the path and every URL parameter are kept. */
export function LanguageSwitcher() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  // read when the reader switches (pages are cached without their URL parameters); "~" stays readable, not %7E
  const switchTo = (next: string) => router.replace(`${pathname}${window.location.search.replace(/%7E/gi, "~")}`, { locale: next });
  return (
    <select aria-label={t("language")} value={locale} onChange={(e) => switchTo(e.target.value)}>
      {routing.locales.map((l) => (
        <option key={l} value={l} lang={l}>{NAMES[l]}</option>
      ))}
    </select>
  );
}
