"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { embedSnippet } from "@/lib/dashboard/share/embed";
import { type DashboardState, serializeState } from "@/lib/dashboard/state/url-state";
import { CopyField } from "./copy-field";
import { Modal } from "./modal";

interface Props {
  state: DashboardState;
  /** the edition shown (its id pins a link), named in the reader's language */
  edition: { id: number; label: string };
  /** the view's title, for the iframe's accessible name (written when the dialog opens) */
  title: () => string;
}

/** Share / embed: the view's link and its iframe, live (following new editions) or pinned to the edition shown. */
export function ShareDialog({ state, edition, title }: Props) {
  const t = useTranslations("share");
  const locale = useLocale();
  const [pinned, setPinned] = useState(true);
  const [origin, setOrigin] = useState("");
  const query = serializeState({ ...state, edition: pinned ? edition.id : null });
  const prefix = locale === "en" ? "" : `/${locale}`;
  // the link carries its language (/en/… too), so it opens as the sender saw it
  const link = `${origin}/${locale}${query}`;
  return (
    <Modal
      label={t("share")}
      title={t("shareTitle")}
      closeLabel={t("close")}
      onOpen={() => setOrigin(window.location.origin)}
    >
      {() => (
        <>
          <fieldset className="choice">
            <legend>{t("whichEdition")}</legend>
            <label>
              <input type="radio" name="share-edition" checked={pinned} onChange={() => setPinned(true)} />
              {t("pinned", { edition: edition.label })}
            </label>
            <label>
              <input type="radio" name="share-edition" checked={!pinned} onChange={() => setPinned(false)} />
              {t("live")}
            </label>
          </fieldset>
          <CopyField label={t("link")} value={link} />
          <CopyField
            label={t("embedCode")}
            value={embedSnippet({ origin, path: `${prefix}/embed${query}`, title: title() })}
            rows={4}
          />
          <p className="note">{t("embedNote")}</p>
        </>
      )}
    </Modal>
  );
}
