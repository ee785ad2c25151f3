import { z } from "zod";
import { errorResponse, limitBytes, MAX_UPLOAD_BYTES } from "@/lib/api/responses";
import { requireEditor } from "@/lib/auth/require-editor";
import { getPool } from "@/lib/db/pool";
import { diffEditions } from "@/lib/import/diff-editions";
import { importEdition } from "@/lib/import/import-edition";

export const dynamic = "force-dynamic";

const ZUpload = z.object({
  dataset: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().trim().min(1).max(200),
  fileName: z.string().trim().min(1).max(300),
  note: z.string().trim().max(2000).optional(),
  publishedOn: z.iso.date().optional(),
  encoding: z.enum(["utf-8", "utf-16le", "utf-16be", "windows-1252"]).optional(),
  delimiter: z.enum([",", ";", "\t"]).optional(),
  decimal: z.enum([".", ","]).optional(),
});

/**
 * Upload a CSV as the request body (editors only). The server parses and validates it with the same code as the
 * CLI, as it arrives, and stages it as an edition that is not current; the answer is the review: detected format,
 * errors (422, nothing staged), warnings and the diff against the current edition. POST /api/editions/:id/commit
 * then makes it current.
 */
export async function POST(request: Request) {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  try {
    const query = ZUpload.parse(Object.fromEntries(new URL(request.url).searchParams));
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_UPLOAD_BYTES) return Response.json({ error: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, the upload limit.` }, { status: 413 });
    if (!request.body) return Response.json({ error: "The upload is empty." }, { status: 422 });
    const pool = getPool();
    const summary = await importEdition(pool, {
      dataset: query.dataset, label: query.label, fileName: query.fileName, note: query.note ?? null, publishedOn: query.publishedOn ?? null,
      source: limitBytes(request.body, MAX_UPLOAD_BYTES), createdBy: editor, mode: "stage",
      overrides: { encoding: query.encoding, delimiter: query.delimiter, decimal: query.decimal },
    });
    if (summary.status === "rejected") return Response.json(summary, { status: 422 });
    if (summary.status === "unchanged") return Response.json(summary);
    const staged = await pool.query<{ based_on_edition_id: number | null }>(`SELECT based_on_edition_id FROM editions WHERE id = $1`, [summary.editionId]);
    const diff = await diffEditions(pool, staged.rows[0]?.based_on_edition_id ?? null, summary.editionId!);
    return Response.json({ ...summary, diff });
  } catch (error) {
    return errorResponse(error);
  }
}
