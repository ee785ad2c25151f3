"use client";

import { useSearchParams } from "next/navigation";
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
  // "~" joins country lists; keep it readable rather than %7E
  const search = useSearchParams().toString().replace(/%7E/gi, "~");
  return (
    <select aria-label={t("language")} value={locale} onChange={(e) => router.replace(`${pathname}${search ? `?${search}` : ""}`, { locale: e.target.value })}>
      {routing.locales.map((l) => (
        <option key={l} value={l} lang={l}>{NAMES[l]}</option>
      ))}
    </select>
  );
}
