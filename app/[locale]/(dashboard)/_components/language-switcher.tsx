"use client";

import { useLocale, useTranslations } from "next-intl";
import type { KeyboardEvent, MouseEvent, SyntheticEvent } from "react";
import { usePathname, useRouter } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

const NAMES: Record<string, string> = { en: "English", ar: "العربية", ja: "日本語" };

/** The reader's URL parameters, read when they reach for a language (pages are cached without them); "~" stays readable. */
const search = () => window.location.search.replace(/%7E/gi, "~");

/**
 * Same view, other language: the path and every URL parameter are kept. A menu of links, closed until opened: the
 * page lays out only its own language's name (a select measured all three, loading the Arabic and Japanese fonts on
 * every page's first layout), and it works without JavaScript (the path, in the other language, without parameters).
 */
export function LanguageSwitcher() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const withParameters = (e: SyntheticEvent<HTMLAnchorElement>) => void (e.currentTarget.search = search());
  const follow = (next: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // a new tab follows the href
    e.preventDefault();
    e.currentTarget.closest("details")?.removeAttribute("open");
    router.replace(`${pathname}${search()}`, { locale: next });
  };
  // Escape closes the open menu and leaves focus on its summary, as a menu button does
  const closeOnEscape = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key !== "Escape" || !e.currentTarget.open) return;
    e.currentTarget.open = false;
    e.currentTarget.querySelector("summary")?.focus();
  };
  return (
    <details className="language-menu" onKeyDown={closeOnEscape}>
      <summary>
        <span className="sr-only">{t("language")}: </span>
        <span lang={locale}>{NAMES[locale]}</span>
      </summary>
      <ul>
        {routing.locales
          .filter((l) => l !== locale)
          .map((l) => (
            <li key={l}>
              <a
                href={`/${l}${pathname === "/" ? "" : pathname}`}
                lang={l}
                hrefLang={l}
                onClick={follow(l)}
                onFocus={withParameters}
                onPointerEnter={withParameters}
              >
                {NAMES[l]}
              </a>
            </li>
          ))}
      </ul>
    </details>
  );
}
