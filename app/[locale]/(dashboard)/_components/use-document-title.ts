"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { formats } from "@/lib/dashboard/text/format";
import type { DashboardState } from "@/lib/dashboard/state/url-state";

/** The tab's title for a view the browser drew (a fresh load has the server's). */
export function useDocumentTitle(fresh: boolean, state: DashboardState, selected: { name: string }[]) {
  const t = useTranslations("dashboard");
  const site = useTranslations("site");
  const f = formats(useLocale());
  useEffect(() => {
    if (fresh) return;
    const countriesShown = (state.view === "definitions" ? selected.slice(0, 1) : selected).map((c) => c.name);
    document.title = `${t("pageTitle", { view: t(`views.${state.view}`), countries: f.list(countriesShown), from: f.year(state.from), to: f.year(state.to) })} — ${site("name")}`;
  });
}
