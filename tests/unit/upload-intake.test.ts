import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { spoolUpload } from "../../lib/api/spool-upload";
import { takeUploadSlot, uploadsInProgress } from "../../lib/api/upload-slots";

const body = (chunks: string[], stallAfter = Infinity) => {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= stallAfter) return new Promise<void>(() => {}); // a client that stops sending, connection open
      const chunk = chunks[sent++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(chunk));
    },
  });
};

describe("upload slots", () => {
  it("gives out as many as the limit, refuses the next with uploads_busy, and frees a released one", () => {
    const a = takeUploadSlot(2);
    const b = takeUploadSlot(2);
    expect(() => takeUploadSlot(2)).toThrow(expect.objectContaining({ code: "uploads_busy" }) as Error);
    a();
    a(); // a second release frees nothing more
    expect(uploadsInProgress()).toBe(1);
    const c = takeUploadSlot(2);
    b();
    c();
    expect(uploadsInProgress()).toBe(0);
  });
});

describe("spooling an upload to a temporary file", () => {
  it("writes the body whole", async () => {
    const spooled = await spoolUpload(body(["country,year,value\n", "JPN,2024,1.4\n"]), 1000);
    expect(await readFile(spooled.file, "utf8")).toBe("country,year,value\nJPN,2024,1.4\n");
    await spooled.discard();
    expect(existsSync(path.dirname(spooled.file))).toBe(false);
  });

  it("refuses a body over the byte limit", async () => {
    await expect(spoolUpload(body(["x".repeat(600), "x".repeat(600)]), 1000)).rejects.toMatchObject({
      code: "upload_too_large",
    });
  });

  it("refuses a client that stops sending, once the time limit has passed", async () => {
    await expect(spoolUpload(body(["country,year,value\n"], 1), 1000, 0.2)).rejects.toMatchObject({
      code: "upload_too_slow",
      params: { seconds: 0.2 },
    });
  });
});
