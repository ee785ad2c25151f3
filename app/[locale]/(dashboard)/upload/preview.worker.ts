import type { ParseOverrides } from "@/lib/csv/parse";
import { previewCsv } from "@/lib/csv/preview";
import { isZip } from "@/lib/csv/readers/source-record";

// Runs the shared detection code off the main thread, so a large file never freezes the page. A workbook is
// previewed with exceljs, loaded only when one is dropped.
self.onmessage = async (event: MessageEvent<{ name: string; bytes: ArrayBuffer; overrides: ParseOverrides }>) => {
  const { name, bytes, overrides } = event.data;
  const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 64 * 1024));
  if (!isZip(head)) return self.postMessage(previewCsv(name, head, overrides));
  const { previewWorkbook } = await import("@/lib/csv/readers/xlsx-preview");
  self.postMessage(await previewWorkbook(name, bytes, overrides));
};
