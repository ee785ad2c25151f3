"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { EarlierCoverage } from "@/lib/dashboard/earlier-coverage";
import { formats } from "@/lib/dashboard/format";
import type { DashboardState } from "@/lib/dashboard/url-state";
import { StateLink } from "./state-link";

interface Props {
  state: DashboardState;
  dataset: { slug: string; name: string; definition: string; definitionLabel: string };
  edition: { id: number; label: string };
  newerEdition: string | null;
  earlier: EarlierCoverage | null;
  missing: string[];
  names: Map<string, string>;
  onChange: (next: DashboardState) => void;
}

/** What the view is drawn from, and what it leaves out: dataset and edition, a newer or earlier edition, countries without figures. */
export function ViewNotes({ state, dataset, edition, newerEdition, earlier, missing, names, onChange }: Props) {
  const t = useTranslations("dashboard");
  const f = formats(useLocale());
  return (
    <>
      <p className="note">
        {t("datasetLine", { dataset: dataset.name, definition: dataset.definitionLabel, edition: edition.label })} ·{" "}
        <Link href={`/sources#${dataset.slug}`}>{t("sourceAndCaveats")}</Link>
      </p>
      {newerEdition && (
        <p className="banner" role="status">
          {t("pinned", { edition: edition.label, newer: newerEdition })} <StateLink to={{ ...state, edition: null }} onChange={onChange}>{t("viewCurrent")}</StateLink>
        </p>
      )}
      {earlier && (
        <p className="banner earlier-edition" role="status">
          {t("earlierCoverage", { edition: edition.label, previous: earlier.edition.label, from: f.year(earlier.from), to: f.year(earlier.to) })}{" "}
          <StateLink to={{ ...state, edition: earlier.edition.id }} onChange={onChange}>{t("viewEarlier", { previous: earlier.edition.label })}</StateLink>
        </p>
      )}
      {missing.length > 0 && (
        <p className="note" role="status">
          {t("missing", { dataset: dataset.name, countries: f.list(missing.map((c) => names.get(c) ?? c)), from: f.year(state.from), to: f.year(state.to) })}
          {missing.includes("JPN") && dataset.definition.startsWith("NATO") ? ` ${t("natoAlliesOnly")}` : ""}
        </p>
      )}
    </>
  );
}
