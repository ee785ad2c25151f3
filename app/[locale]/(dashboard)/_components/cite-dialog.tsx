"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { CITATION_FORMATS, type CitationFormat, type CitationInput } from "@/lib/dashboard/share/citation";
import { CITATION_MEDIA, formatCitation } from "@/lib/dashboard/share/citation-formats";
import { type DashboardState, serializeState } from "@/lib/dashboard/state/url-state";
import { CopyField } from "./copy-field";
import { Modal } from "./modal";

export interface CiteProps {
  /** the dataset as its publisher names it, and who published it */
  dataset: { slug: string; name: string; publisher: string };
  /** the edition shown, as stored (its label is the publisher's, not translated) */
  edition: { id: number; label: string; publishedOn: string | null };
}

interface Props extends CiteProps {
  state: DashboardState;
  /** the edition's name as the page writes it in the reader's language (the citation keeps the stored label) */
  shownLabel: string;
  /** the view's title in the reader's language (written when the dialog opens) */
  title: () => string;
}

const FORMAT_NAMES: Record<CitationFormat, string> = { bibtex: "BibTeX", ris: "RIS", "csl-json": "CSL-JSON" };

/** Cite: BibTeX, RIS and CSL-JSON for this view pinned to its edition, or for the whole edition. */
export function CiteDialog({ state, title, dataset, edition, shownLabel }: Props) {
  const t = useTranslations("share");
  const locale = useLocale();
  const [what, setWhat] = useState<"view" | "edition">("view");
  const [format, setFormat] = useState<CitationFormat>("bibtex");
  const [opened, setOpened] = useState({ origin: "", day: "" });
  const url =
    what === "view"
      ? `${opened.origin}/${locale}${serializeState({ ...state, edition: edition.id })}`
      : `${opened.origin}/${locale}?dataset=${dataset.slug}&v=${edition.id}`;
  const citation = () => {
    const input: CitationInput = {
      dataset,
      edition,
      view: what === "view" ? { title: title() } : null,
      url,
      accessed: opened.day || "1970-01-01",
    };
    return opened.day ? formatCitation(format, input) : "";
  };
  const download = (text: string) => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: CITATION_MEDIA[format].contentType }));
    a.download = `${dataset.slug}-edition-${edition.id}${what === "view" ? "-view" : ""}.${CITATION_MEDIA[format].extension}`;
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  return (
    <Modal
      label={t("cite")}
      title={t("citeTitle")}
      closeLabel={t("close")}
      // the day of access is the reader's today, taken when the dialog opens (the page itself is cached)
      onOpen={() => setOpened({ origin: window.location.origin, day: new Date().toISOString().slice(0, 10) })}
    >
      {() => {
        const text = citation();
        return (
          <>
            <fieldset className="choice">
              <legend>{t("citeWhat")}</legend>
              <label>
                <input type="radio" name="cite-what" checked={what === "view"} onChange={() => setWhat("view")} />
                {t("citeView", { edition: shownLabel })}
              </label>
              <label>
                <input type="radio" name="cite-what" checked={what === "edition"} onChange={() => setWhat("edition")} />
                {t("citeEdition", { dataset: dataset.name, edition: shownLabel })}
              </label>
            </fieldset>
            <fieldset className="choice">
              <legend>{t("format")}</legend>
              {CITATION_FORMATS.map((f) => (
                <label key={f}>
                  <input type="radio" name="cite-format" checked={format === f} onChange={() => setFormat(f)} />
                  {FORMAT_NAMES[f]}
                </label>
              ))}
            </fieldset>
            <CopyField label={FORMAT_NAMES[format]} value={text} rows={10} />
            <p className="toolbar">
              <button type="button" className="button" onClick={() => download(text)}>
                {t("download", { format: FORMAT_NAMES[format] })}
              </button>
            </p>
            <p className="note">
              {/* the day is a left-to-right run (an isolate) also inside an Arabic sentence */}
              {t("citeNote", { publisher: dataset.publisher, day: `\u2066${opened.day}\u2069` })}
            </p>
          </>
        );
      }}
    </Modal>
  );
}
