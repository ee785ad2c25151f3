"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import type { ParseOverrides } from "@/lib/csv/parse";
import type { CsvPreview } from "@/lib/csv/preview";
import type { TableCheck } from "@/lib/csv/table-check";
import type { EditionMode } from "@/lib/import/edition-scope";
import { DEFINITIONS } from "@/lib/import/definitions";
import { type ApiErrorBody, useApiError } from "../_components/use-api-error";
import { PreviewPanel } from "./preview-panel";
import { type Review, ReviewPanel } from "./review-panel";
import { UnknownRows } from "./unknown-rows";

/** A text field of the form ("" when absent; files are not text). */
const formText = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; sent: number; total: number }
  | { kind: "reviewed"; review: Review }
  | { kind: "committed"; editionId: number }
  | { kind: "failed"; message: string };

const NEW = "__new__";

export function UploadForm({ datasets }: { datasets: { slug: string; name: string; current: string | null }[] }) {
  const t = useTranslations("upload");
  const apiError = useApiError();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [check, setCheck] = useState<TableCheck | null>(null);
  const [overrides, setOverrides] = useState<ParseOverrides>({});
  const [dataset, setDataset] = useState(datasets[0]?.slug ?? NEW);
  // An update never removes a figure: the safe default whenever there is a current edition to update.
  const [editionMode, setEditionMode] = useState<EditionMode>("update");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [over, setOver] = useState(false);
  const worker = useRef<Worker | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const w = new Worker(new URL("./preview.worker.ts", import.meta.url));
    w.onmessage = (event: MessageEvent<{ preview: CsvPreview; check: TableCheck | null }>) => {
      setPreview(event.data.preview);
      setCheck(event.data.check);
    };
    worker.current = w;
    // A file picked before the page became interactive is still in the input: take it now.
    const early = input.current?.files?.[0];
    if (early) setFile(early);
    return () => w.terminate();
  }, []);
  useEffect(() => {
    if (!file || !worker.current) return;
    // The worker previews the first rows at once, then reads the whole file as the server will.
    void file
      .arrayBuffer()
      .then((bytes) => worker.current?.postMessage({ name: file.name, bytes, overrides }, [bytes]));
  }, [file, overrides]);

  const choose = (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setPhase({ kind: "idle" });
  };

  const upload = async (form: FormData) => {
    if (!file) return;
    let slug = dataset;
    if (dataset === NEW) {
      const created = await fetch("/api/datasets", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(
          Object.fromEntries(
            ["slug", "name", "publisher", "definition", "license", "sourceUrl", "description"].map((k) => [
              k,
              form.get(k),
            ]),
          ),
        ),
      });
      const body = (await created.json().catch(() => ({}))) as ApiErrorBody & { slug?: string };
      if (!created.ok)
        return setPhase({ kind: "failed", message: `${t("createFailed")} ${apiError(created.status, body)}` });
      slug = body.slug!;
    }
    const query = new URLSearchParams({ dataset: slug, label: formText(form, "label"), fileName: file.name });
    for (const key of ["note", "publishedOn"] as const) if (formText(form, key)) query.set(key, formText(form, key));
    for (const [key, value] of Object.entries(overrides) as [string, string | boolean | undefined][])
      if (value) query.set(key, String(value));
    query.set("mode", editionMode);
    // XMLHttpRequest, not fetch: it reports upload progress. The server parses while the bytes arrive, so this
    // bar is the import's progress too.
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/uploads?${query}`);
    xhr.setRequestHeader(
      "content-type",
      /\.xlsx$/i.test(file.name) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
    );
    xhr.upload.onprogress = (e) => setPhase({ kind: "uploading", sent: e.loaded, total: e.total || file.size });
    xhr.onerror = () => setPhase({ kind: "failed", message: t("networkError") });
    xhr.onload = () => {
      let body: Review & ApiErrorBody;
      try {
        body = JSON.parse(xhr.responseText || "{}") as Review & ApiErrorBody;
      } catch {
        body = {} as Review & ApiErrorBody;
      }
      if (xhr.status === 200 || (xhr.status === 422 && body.status === "rejected"))
        setPhase({ kind: "reviewed", review: body });
      else setPhase({ kind: "failed", message: apiError(xhr.status, body) });
    };
    setPhase({ kind: "uploading", sent: 0, total: file.size });
    xhr.send(file);
  };

  const commit = async (editionId: number, confirmRemovals: number) => {
    const response = await fetch(`/api/editions/${editionId}/commit`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ confirmRemovals }),
    });
    const body = (await response.json().catch(() => ({}))) as ApiErrorBody;
    setPhase(
      response.ok
        ? { kind: "committed", editionId }
        : { kind: "failed", message: `${t("commitFailed")} ${apiError(response.status, body)}` },
    );
  };
  const discard = async (editionId: number) => {
    await fetch(`/api/editions/${editionId}`, { method: "DELETE" });
    setPhase({ kind: "idle" });
  };

  return (
    <div className="layout">
      <form
        className="controls panel upload-form"
        onSubmit={(e) => {
          e.preventDefault();
          void upload(new FormData(e.currentTarget));
        }}
      >
        <fieldset>
          <legend>{t("file")}</legend>
          <div
            className={`drop-zone${over ? " over" : ""}`}
            onDragOver={(e) => (e.preventDefault(), setOver(true))}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => (e.preventDefault(), setOver(false), choose(e.dataTransfer.files[0]))}
          >
            <p>{t("drop")}</p>
            <input
              ref={input}
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,text/csv"
              aria-label={t("choose")}
              onChange={(e) => choose(e.target.files?.[0])}
            />
            {file && (
              <p className="note">
                {file.name} · {(file.size / 1024).toFixed(1)} KB
              </p>
            )}
          </div>
        </fieldset>
        <fieldset>
          <label htmlFor="dataset">{t("dataset")}</label>
          <select id="dataset" value={dataset} onChange={(e) => setDataset(e.target.value)}>
            {datasets.map((d) => (
              <option key={d.slug} value={d.slug}>
                {t("datasetOption", { name: d.name, current: d.current ?? "—" })}
              </option>
            ))}
            <option value={NEW}>{t("newDataset")}</option>
          </select>
        </fieldset>
        {dataset === NEW && (
          <fieldset>
            <legend>{t("newDatasetLegend")}</legend>
            <label htmlFor="slug">{t("slug")}</label>
            <input
              id="slug"
              name="slug"
              type="text"
              required
              pattern="[a-z0-9][a-z0-9\-]+"
              placeholder="my-corrections"
            />
            <label htmlFor="name">{t("name")}</label>
            <input id="name" name="name" type="text" required />
            <label htmlFor="publisher">{t("publisher")}</label>
            <input id="publisher" name="publisher" type="text" required />
            <label htmlFor="definition">{t("definition")}</label>
            <select id="definition" name="definition">
              {DEFINITIONS.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
            <label htmlFor="license">{t("license")}</label>
            <input id="license" name="license" type="text" required />
            <label htmlFor="sourceUrl">{t("sourceUrl")}</label>
            <input id="sourceUrl" name="sourceUrl" type="text" required placeholder="https://" />
            <label htmlFor="description">{t("description")}</label>
            <textarea id="description" name="description" rows={3} />
          </fieldset>
        )}
        {dataset !== NEW && datasets.find((d) => d.slug === dataset)?.current && (
          <fieldset>
            <legend>{t("mode")}</legend>
            {(["update", "replace"] as const).map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name="editionMode"
                  value={mode}
                  checked={editionMode === mode}
                  onChange={() => setEditionMode(mode)}
                />{" "}
                {t(mode === "update" ? "modeUpdate" : "modeReplace")}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <label htmlFor="label">{t("label")}</label>
          <input id="label" name="label" type="text" required placeholder={t("labelPlaceholder")} />
          <label htmlFor="publishedOn">{t("publishedOn")}</label>
          <input id="publishedOn" name="publishedOn" type="date" />
          <label htmlFor="note">{t("note")}</label>
          <textarea id="note" name="note" rows={2} />
        </fieldset>
        <button type="submit" className="button primary" disabled={!file || phase.kind === "uploading"}>
          {t("submit")}
        </button>
      </form>

      <section aria-label={t("previewAndReview")}>
        {preview && <PreviewPanel preview={preview} overrides={overrides} onChange={setOverrides} />}
        {check && (
          <UnknownRows
            check={check}
            leaveOut={overrides.skipUnknown === true}
            onChange={(leaveOut) => setOverrides({ ...overrides, skipUnknown: leaveOut || undefined })}
          />
        )}
        {phase.kind === "uploading" && (
          <p>
            <label htmlFor="progress">
              {t("progress", { percent: Math.round((phase.sent / Math.max(phase.total, 1)) * 100) })}
            </label>
            <progress id="progress" max={phase.total} value={phase.sent} />
          </p>
        )}
        {phase.kind === "failed" && (
          <p role="alert" className="error-box">
            {phase.message}
          </p>
        )}
        {phase.kind === "committed" && (
          <p role="status" className="banner">
            {t("committed", { id: phase.editionId })} <Link href={`/?dataset=${dataset}`}>{t("seeDashboard")}</Link> ·{" "}
            <Link href={`/history/${dataset}`}>{t("history")}</Link>
          </p>
        )}
        {phase.kind === "reviewed" && (
          <ReviewPanel
            review={phase.review}
            onCommit={(id, confirmRemovals) => void commit(id, confirmRemovals)}
            onDiscard={(id) => void discard(id)}
          />
        )}
      </section>
    </div>
  );
}
