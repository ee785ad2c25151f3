"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

interface Props {
  label: string;
  value: string;
  /** a text area of this many rows; one line otherwise */
  rows?: number;
  /** LTR content (code, URLs) also on right-to-left pages */
  code?: boolean;
}

/** A read-only field with its label and a Copy button (the text is also selectable by hand). */
export function CopyField({ label, value, rows, code = true }: Props) {
  const t = useTranslations("share");
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(value).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const common = {
    id,
    readOnly: true,
    value,
    dir: code ? "ltr" : undefined,
    spellCheck: false,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select(),
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {rows ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      <button type="button" className="button" onClick={() => void copy()} aria-live="polite">
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}
