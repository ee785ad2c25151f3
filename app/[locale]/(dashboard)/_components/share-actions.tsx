"use client";

import { useLocale, useTranslations } from "next-intl";
import type { DashboardState } from "@/lib/dashboard/state/url-state";
import { pageTitle } from "@/lib/dashboard/text/page-title";
import { CiteDialog, type CiteProps } from "./cite-dialog";
import { ShareDialog } from "./share-dialog";

interface Props {
  state: DashboardState;
  names: ReadonlyMap<string, string>;
  /** the edition shown, named in the reader's language */
  edition: { id: number; label: string };
  cite: CiteProps;
}

/** Under every view: Share / embed and Cite, for the view as it is now. */
export function ShareActions({ state, names, edition, cite }: Props) {
  const t = useTranslations("share");
  const td = useTranslations("dashboard");
  const locale = useLocale();
  // written when a dialog opens, not while the page hydrates (a title holds numbers: years)
  const title = () => pageTitle(state, (c) => names.get(c) ?? c, td, locale);
  return (
    <div className="toolbar" role="group" aria-label={t("label")}>
      <ShareDialog state={state} edition={edition} title={title} />
      <CiteDialog state={state} title={title} shownLabel={edition.label} {...cite} />
    </div>
  );
}
