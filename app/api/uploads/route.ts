import { z } from "zod";
import { editorRoute } from "@/lib/api/editor-route";
import { createReadStream } from "node:fs";
import { MAX_UPLOAD_BYTES, uploadTooLarge } from "@/lib/api/responses";
import { spoolUpload } from "@/lib/api/spool-upload";
import { takeUploadSlot } from "@/lib/api/upload-slots";
import { diffEditions } from "@/lib/import/diff-editions";
import { importEdition } from "@/lib/import/import-edition";
import { importChoices, ZImportOptions } from "@/lib/import/import-options";
import { MAX_LABEL_CHARS, MAX_NOTE_CHARS, zPlainText } from "@/lib/import/plain-text";

export const dynamic = "force-dynamic";

const ZUpload = ZImportOptions.extend({
  dataset: z.string().regex(/^[a-z0-9-]+$/),
  label: zPlainText({ min: 1, max: MAX_LABEL_CHARS }),
  fileName: zPlainText({ min: 1, max: 300 }),
  note: zPlainText({ max: MAX_NOTE_CHARS, multiline: true }).optional(),
  publishedOn: z.iso.date().optional(),
});

/**
 * Upload a CSV file or an XLSX workbook as the request body (editors only). The server receives it whole into a
 * temporary file (within UPLOAD_SECONDS; UPLOADS_AT_ONCE at a time, 503 beyond), parses and validates it with the
 * same code as the CLI, and stages it as an edition that is not current; the answer is the review: detected format,
 * errors (422, nothing staged), warnings and the diff against the current edition. POST /api/editions/:id/commit
 * then makes it current.
 */
export const POST = editorRoute(async (request, editor, _context, details) => {
  const { dataset, label, fileName, note, publishedOn, ...options } = ZUpload.parse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_UPLOAD_BYTES) throw uploadTooLarge(MAX_UPLOAD_BYTES);
  if (!request.body) return Response.json({ error: "The upload is empty." }, { status: 422 });
  // a few uploads at once per server; each arrives in a temporary file first, under a time limit, so a slow client
  // holds no database connection and no lock; the parse then holds one connection (no lock), and only the final
  // check-and-write takes the lock, briefly
  const release = takeUploadSlot();
  let summary;
  try {
    const spooled = await spoolUpload(request.body, MAX_UPLOAD_BYTES);
    try {
      summary = await importEdition({
        dataset,
        label,
        fileName,
        note: note ?? null,
        publishedOn: publishedOn ?? null,
        source: createReadStream(spooled.file),
        createdBy: editor,
        mode: "stage",
        ...importChoices(options),
      });
    } finally {
      await spooled.discard();
    }
  } finally {
    release();
  }
  Object.assign(details, {
    dataset,
    label,
    outcome: summary.status,
    edition: summary.editionId ?? null,
    rows: summary.parse?.observations,
    importMs: Math.round(summary.milliseconds),
    lockedMs: Math.round(summary.lockedMilliseconds),
  });
  if (summary.status === "rejected") return Response.json(summary, { status: 422 });
  if (summary.status === "unchanged") return Response.json(summary);
  const diff = await diffEditions(summary.basedOnEditionId, summary.editionId!);
  return Response.json({ ...summary, diff });
});
