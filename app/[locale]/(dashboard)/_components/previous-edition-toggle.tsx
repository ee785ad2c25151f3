"use client";

import { useTranslations } from "next-intl";
import type { DashboardState } from "@/lib/dashboard/state/url-state";
import { StateLink } from "./state-link";

/** Shows or hides the publisher's previous edition on the path chart (`prev=1`), as a link: it works without JavaScript. */
export function PreviousEditionToggle({
  state,
  label,
  onChange,
}: {
  state: DashboardState;
  label: string;
  onChange: (next: DashboardState) => void;
}) {
  const t = useTranslations("revisions");
  return (
    <p className="note previous-edition">
      <StateLink to={{ ...state, previousEdition: !state.previousEdition }} onChange={onChange}>
        {state.previousEdition ? t("hidePrevious", { edition: label }) : t("showPrevious", { edition: label })}
      </StateLink>
    </p>
  );
}
