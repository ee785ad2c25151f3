"use client";

import { useTranslations } from "next-intl";
import { type DashboardState, VIEWS } from "@/lib/dashboard/state/url-state";
import { StateLink } from "./state-link";

/** Path, ranking, table, definitions: one tab each. */
export function ViewTabs({ state, onChange }: { state: DashboardState; onChange: (next: DashboardState) => void }) {
  const t = useTranslations("dashboard");
  return (
    <nav className="tabs" aria-label={t("viewsLabel")}>
      {VIEWS.map((v) => (
        <StateLink key={v} to={{ ...state, view: v }} onChange={onChange} current={state.view === v}>
          {t(`views.${v}`)}
        </StateLink>
      ))}
    </nav>
  );
}
