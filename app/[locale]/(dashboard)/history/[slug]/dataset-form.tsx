"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { readErrorBody, useApiError } from "../../_components/use-api-error";
import type { TDatasetEdit } from "@/lib/import/datasets";
import { DEFINITIONS } from "@/lib/import/definitions";

type Dataset = Omit<TDatasetEdit, "definition"> & { slug: string; definition: string };

/** Editors correct a dataset's publisher, definition, license, source or caveats here. */
export function DatasetForm({ dataset }: { dataset: Dataset }) {
  const t = useTranslations("datasetForm");
  const apiError = useApiError();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const save = async (form: FormData) => {
    const response = await fetch(`/api/datasets/${dataset.slug}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        Object.fromEntries(
          ["name", "publisher", "definition", "license", "sourceUrl", "description"].map((k) => [k, form.get(k) ?? ""]),
        ),
      ),
    });
    setMessage(response.ok ? t("saved") : `${t("failed")} ${apiError(response.status, await readErrorBody(response))}`);
    if (response.ok) router.refresh();
  };
  return (
    <details>
      <summary>{t("edit")}</summary>
      <form className="controls panel" action={save}>
        <fieldset>
          <label htmlFor="name">{t("name")}</label>
          <input id="name" name="name" type="text" defaultValue={dataset.name} required />
          <label htmlFor="publisher">{t("publisher")}</label>
          <input id="publisher" name="publisher" type="text" defaultValue={dataset.publisher} required />
          <label htmlFor="definition">{t("definition")}</label>
          <select id="definition" name="definition" defaultValue={dataset.definition}>
            {DEFINITIONS.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
          <label htmlFor="license">{t("license")}</label>
          <input id="license" name="license" type="text" defaultValue={dataset.license} required />
          <label htmlFor="sourceUrl">{t("sourceUrl")}</label>
          <input id="sourceUrl" name="sourceUrl" type="text" defaultValue={dataset.sourceUrl} required />
          <label htmlFor="description">{t("description")}</label>
          <textarea id="description" name="description" rows={4} defaultValue={dataset.description} />
        </fieldset>
        <button type="submit" className="button primary">
          {t("save")}
        </button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
}
