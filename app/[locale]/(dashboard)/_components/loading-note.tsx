"use client";

import { useTranslations } from "next-intl";

/** What a slow page shows while the server reads it (the dashboard itself is drawn whole in its first HTML). */
export default function LoadingNote() {
  return <p aria-busy="true">{useTranslations("dashboard")("loading")}</p>;
}
