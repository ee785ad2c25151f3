"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { readErrorBody, useApiError } from "../../_components/use-api-error";

/** Roll back to an earlier edition, after a confirmation. */
export function MakeCurrentButton({ editionId, label }: { editionId: number; label: string }) {
  const t = useTranslations("history");
  const apiError = useApiError();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (!window.confirm(t("confirm", { label }))) return;
    const response = await fetch(`/api/editions/${editionId}/current`, { method: "POST" });
    if (!response.ok) return setError(apiError(response.status, await readErrorBody(response)));
    router.refresh();
  };
  return (
    <>
      <button type="button" className="button danger" onClick={() => void run()}>
        {t("makeCurrent")}
      </button>
      {error && (
        <span role="alert" className="error-text">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}
