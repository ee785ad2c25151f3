"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import type { DashboardState } from "@/lib/dashboard/state/url-state";
import { documentTitle, pageTitle } from "@/lib/dashboard/text/page-title";

/** The tab's title for a view the browser drew (a fresh load has the server's). */
export function useDocumentTitle(fresh: boolean, state: DashboardState, names: ReadonlyMap<string, string>) {
  const t = useTranslations("dashboard");
  const site = useTranslations("site");
  const locale = useLocale();
  useEffect(() => {
    if (fresh) return;
    document.title = documentTitle(
      pageTitle(state, (c) => names.get(c) ?? c, t, locale),
      site("name"),
    );
  });
}
