import { previewCsv } from "@/lib/csv/preview";
import type { ParseOverrides } from "@/lib/csv/parse";

// Runs the shared detection code off the main thread, so a large file never freezes the page.
self.onmessage = (event: MessageEvent<{ name: string; head: ArrayBuffer; overrides: ParseOverrides }>) => {
  const { name, head, overrides } = event.data;
  self.postMessage(previewCsv(name, new Uint8Array(head), overrides));
};
