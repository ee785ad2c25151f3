"use client";

import { useTranslations } from "next-intl";

export default function Loading() {
  return <p aria-busy="true">{useTranslations("dashboard")("loading")}</p>;
}
