import type { ParseOverrides } from "@/lib/csv/parse";
import { previewCsv } from "@/lib/csv/preview";
import { isZip } from "@/lib/csv/readers/source-record";
import { checkCsv } from "@/lib/csv/table-check";

// Runs the shared detection and validation code off the main thread, so a large file never freezes the page: first
// the preview of the first rows, then the whole file read as the server will read it (every unknown name listed).
self.onmessage = async (event: MessageEvent<{ name: string; bytes: ArrayBuffer; overrides: ParseOverrides }>) => {
  const { name, bytes, overrides } = event.data;
  const all = new Uint8Array(bytes);
  if (!isZip(all.subarray(0, 4))) {
    const preview = previewCsv(name, all.subarray(0, 64 * 1024), overrides);
    self.postMessage({ preview, check: null });
    if (!preview.problem) self.postMessage({ preview, check: await checkCsv(name, all, overrides) });
    return;
  }
  const { previewWorkbook } = await import("@/lib/csv/readers/xlsx-preview");
  const { preview, check } = await previewWorkbook(name, bytes, overrides);
  self.postMessage({ preview, check: null });
  self.postMessage({ preview, check: await check });
};
