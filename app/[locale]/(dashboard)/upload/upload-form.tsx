"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link } from "@/i18n/navigation";
import type { CsvIssue } from "@/lib/csv/issues";
import type { ParseOverrides, ParseResult } from "@/lib/csv/parse";
import type { CsvPreview } from "@/lib/csv/preview";
import type { EditionDiff } from "@/lib/import/diff-editions";
import { DEFINITIONS } from "@/lib/import/definitions";
import { DiffView } from "../_components/diff-view";
import { type ApiErrorBody, useApiError } from "../_components/use-api-error";

interface Review {
  status: "staged" | "unchanged" | "rejected";
  editionId: number | null;
  parse: ParseResult | null;
  errors: CsvIssue[];
  errorCount: number;
  diff?: EditionDiff;
}

type Phase = { kind: "idle" } | { kind: "uploading"; sent: number; total: number } | { kind: "reviewed"; review: Review } | { kind: "committed"; editionId: number } | { kind: "failed"; message: string };

const NEW = "__new__";

export function UploadForm({ datasets }: { datasets: { slug: string; name: string; current: string | null }[] }) {
  const t = useTranslations("upload");
  const issue = useTranslations("csvIssues");
  const apiError = useApiError();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [overrides, setOverrides] = useState<ParseOverrides>({});
  const [dataset, setDataset] = useState(datasets[0]?.slug ?? NEW);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [over, setOver] = useState(false);
  const worker = useRef<Worker | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const w = new Worker(new URL("./preview.worker.ts", import.meta.url));
    w.onmessage = (event: MessageEvent<CsvPreview>) => setPreview(event.data);
    worker.current = w;
    // A file picked before the page became interactive is still in the input: take it now.
    const early = input.current?.files?.[0];
    if (early) setFile(early);
    return () => w.terminate();
  }, []);
  useEffect(() => {
    if (!file || !worker.current) return;
    void file.slice(0, 64 * 1024).arrayBuffer().then((head) => worker.current?.postMessage({ name: file.name, head, overrides }, [head]));
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
        body: JSON.stringify(Object.fromEntries(["slug", "name", "publisher", "definition", "license", "sourceUrl", "description"].map((k) => [k, form.get(k)]))),
      });
      const body = (await created.json().catch(() => ({}))) as ApiErrorBody & { slug?: string };
      if (!created.ok) return setPhase({ kind: "failed", message: `${t("createFailed")} ${apiError(created.status, body)}` });
      slug = body.slug!;
    }
    const query = new URLSearchParams({ dataset: slug, label: String(form.get("label")), fileName: file.name });
    for (const key of ["note", "publishedOn"] as const) if (form.get(key)) query.set(key, String(form.get(key)));
    for (const [key, value] of Object.entries(overrides)) if (value) query.set(key, value);
    // XMLHttpRequest, not fetch: it reports upload progress. The server parses while the bytes arrive, so this
    // bar is the import's progress too.
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/uploads?${query}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => setPhase({ kind: "uploading", sent: e.loaded, total: e.total || file.size });
    xhr.onerror = () => setPhase({ kind: "failed", message: t("networkError") });
    xhr.onload = () => {
      let body: Review & ApiErrorBody;
      try {
        body = JSON.parse(xhr.responseText || "{}") as Review & ApiErrorBody;
      } catch {
        body = {} as Review & ApiErrorBody;
      }
      if (xhr.status === 200 || (xhr.status === 422 && body.status === "rejected")) setPhase({ kind: "reviewed", review: body });
      else setPhase({ kind: "failed", message: apiError(xhr.status, body) });
    };
    setPhase({ kind: "uploading", sent: 0, total: file.size });
    xhr.send(file);
  };

  const commit = async (editionId: number) => {
    const response = await fetch(`/api/editions/${editionId}/commit`, { method: "POST" });
    const body = (await response.json().catch(() => ({}))) as ApiErrorBody;
    setPhase(response.ok ? { kind: "committed", editionId } : { kind: "failed", message: `${t("commitFailed")} ${apiError(response.status, body)}` });
  };
  const discard = async (editionId: number) => {
    await fetch(`/api/editions/${editionId}`, { method: "DELETE" });
    setPhase({ kind: "idle" });
  };

  const set = (key: keyof ParseOverrides) => (e: React.ChangeEvent<HTMLSelectElement>) => setOverrides({ ...overrides, [key]: e.target.value || undefined });

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
            <input ref={input} type="file" accept=".csv,.tsv,.txt,text/csv" aria-label={t("choose")} onChange={(e) => choose(e.target.files?.[0])} />
            {file && <p className="note">{file.name} · {(file.size / 1024).toFixed(1)} KB</p>}
          </div>
        </fieldset>
        <fieldset>
          <label htmlFor="dataset">{t("dataset")}</label>
          <select id="dataset" value={dataset} onChange={(e) => setDataset(e.target.value)}>
            {datasets.map((d) => <option key={d.slug} value={d.slug}>{t("datasetOption", { name: d.name, current: d.current ?? "—" })}</option>)}
            <option value={NEW}>{t("newDataset")}</option>
          </select>
        </fieldset>
        {dataset === NEW && (
          <fieldset>
            <legend>{t("newDatasetLegend")}</legend>
            <label htmlFor="slug">{t("slug")}</label><input id="slug" name="slug" type="text" required pattern="[a-z0-9][a-z0-9\-]+" placeholder="my-corrections" />
            <label htmlFor="name">{t("name")}</label><input id="name" name="name" type="text" required />
            <label htmlFor="publisher">{t("publisher")}</label><input id="publisher" name="publisher" type="text" required />
            <label htmlFor="definition">{t("definition")}</label>
            <select id="definition" name="definition">{DEFINITIONS.map((d) => <option key={d}>{d}</option>)}</select>
            <label htmlFor="license">{t("license")}</label><input id="license" name="license" type="text" required />
            <label htmlFor="sourceUrl">{t("sourceUrl")}</label><input id="sourceUrl" name="sourceUrl" type="text" required placeholder="https://" />
            <label htmlFor="description">{t("description")}</label><textarea id="description" name="description" rows={3} />
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
        <button type="submit" className="button primary" disabled={!file || phase.kind === "uploading"}>{t("submit")}</button>
      </form>

      <section aria-label={t("previewAndReview")}>
        {preview && (
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">{t("preview")}</h2>
            <div className="grid-2">
              <label>{t("format")} <output>{preview.format ?? t("notRecognised")}</output></label>
              <label>{t("encoding")} <select value={overrides.encoding ?? ""} onChange={set("encoding")}><option value="">{t("detected", { value: preview.encoding })}</option><option>utf-8</option><option>utf-16le</option><option>utf-16be</option><option>windows-1252</option></select></label>
              <label>{t("delimiter")} <select value={overrides.delimiter ?? ""} onChange={set("delimiter")}><option value="">{t("detected", { value: preview.delimiter === "\t" ? "tab" : preview.delimiter })}</option><option value=",">,</option><option value=";">;</option><option value={"\t"}>tab</option></select></label>
              <label>{t("decimal")} <select value={overrides.decimal ?? ""} onChange={set("decimal")}><option value="">{t("detected", { value: preview.decimal })}</option><option value=".">.</option><option value=",">,</option></select></label>
            </div>
            {preview.problem && <p role="alert" className="error-text">{issue(preview.problem.code, preview.problem.params)}</p>}
            {preview.header.length > 0 && (
              <div className="table-wrap">
                <table>
                  <thead><tr>{preview.header.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr></thead>
                  <tbody>{preview.rows.map((r, i) => <tr key={i}>{preview.header.map((_, j) => <td key={j}>{r[j] ?? ""}</td>)}</tr>)}</tbody>
                </table>
              </div>
            )}
          </section>
        )}
        {phase.kind === "uploading" && (
          <p>
            <label htmlFor="progress">{t("progress", { percent: Math.round((phase.sent / Math.max(phase.total, 1)) * 100) })}</label>
            <progress id="progress" max={phase.total} value={phase.sent} />
          </p>
        )}
        {phase.kind === "failed" && <p role="alert" className="error-box">{phase.message}</p>}
        {phase.kind === "committed" && (
          <p role="status" className="banner">
            {t("committed", { id: phase.editionId })} <Link href={`/?dataset=${dataset}`}>{t("seeDashboard")}</Link> ·{" "}
            <Link href={`/history/${dataset}`}>{t("history")}</Link>
          </p>
        )}
        {phase.kind === "reviewed" && <ReviewPanel review={phase.review} onCommit={commit} onDiscard={discard} />}
      </section>
    </div>
  );
}

function ReviewPanel({ review, onCommit, onDiscard }: { review: Review; onCommit: (id: number) => void; onDiscard: (id: number) => void }) {
  const t = useTranslations("upload");
  const issue = useTranslations("csvIssues");
  const p = review.parse;
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{t("review")}</h2>
      {p && (
        <p className="note">
          {t("summary", { format: p.format, encoding: p.encoding, delimiter: p.delimiter === "\t" ? "tab" : `"${p.delimiter}"`, decimal: p.decimal, rows: p.rowsRead, figures: p.observations, blank: p.blankCells, aggregates: p.aggregatesSkipped })}
        </p>
      )}
      {review.errorCount > 0 && (
        <>
          <p role="alert" className="error-text"><strong>{t("errors", { count: review.errorCount })}</strong> — {t("errorsExplain")}</p>
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">{t("line")}</th><th scope="col">{t("column")}</th><th scope="col">{t("problem")}</th><th scope="col">{t("found")}</th></tr></thead>
              <tbody>
                {review.errors.map((e, i) => (
                  <tr key={i}><td className="num">{e.line}</td><td>{e.column ? `${e.column}${e.columnName ? ` (${e.columnName})` : ""}` : "—"}</td><td>{issue(e.code, e.params)}</td><td>{e.text ?? ""}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          {review.errorCount > review.errors.length && <p className="note">{t("firstErrors", { shown: review.errors.length, count: review.errorCount })}</p>}
        </>
      )}
      {p && p.warningCount > 0 && (
        <details open>
          <summary>{t("warnings", { count: p.warningCount })}</summary>
          <ul>{p.warnings.map((w, i) => <li key={i}>{w.line ? `${t("line")} ${w.line}: ` : ""}{issue(w.code, w.params)}</li>)}</ul>
        </details>
      )}
      {review.status === "unchanged" && <p className="banner">{t("identical")}</p>}
      {review.status === "staged" && review.diff && (
        <>
          <DiffView diff={review.diff} />
          <div className="toolbar">
            <button type="button" className="button primary" onClick={() => onCommit(review.editionId!)}>{t("commit")}</button>
            <button type="button" className="button" onClick={() => onDiscard(review.editionId!)}>{t("discard")}</button>
          </div>
        </>
      )}
    </section>
  );
}
