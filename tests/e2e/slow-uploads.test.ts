import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, editionIdOf, signIn, createTestDataset } from "../helpers/editor-session";
import { fixture } from "../helpers/parse-fixture";

// Uploads sent slowly used to hold a pool connection and the dataset's row lock for their whole life: ten of them
// took every connection (pages answered 500) and a rollback waited behind them. Now an upload arrives into a
// temporary file first, a server takes a few at once, and only the final write locks anything.
let cookie: string;
const url = inject("appUrl");

beforeAll(async () => {
  cookie = await signIn();
  await createTestDataset(cookie, { slug: "slow-uploads", name: "Slow uploads" }, "allowed");
});

const uploadPath = (dataset: string, label: string) =>
  `/api/uploads?dataset=${dataset}&label=${encodeURIComponent(label)}&fileName=long.csv&mode=replace`;

async function commitFile(file: string, label: string): Promise<number> {
  const staged = await api(uploadPath("slow-uploads", label).replace("long.csv", file), {
    method: "POST",
    cookie,
    body: await readFile(fixture(file)),
    headers: { "content-type": "text/csv" },
  });
  expect(staged.status).toBe(200);
  const committed = await api(`/api/editions/${editionIdOf(staged)}/commit`, {
    method: "POST",
    cookie,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ confirmRemovals: staged.body.removed }),
  });
  expect(committed.status).toBe(200);
  return editionIdOf(committed);
}

/** An upload whose client sends the header line, then nothing until release() is called. */
function slowUpload(label: string, file: Buffer) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const newline = file.indexOf("\n") + 1;
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(file.subarray(0, newline)),
    async pull(controller) {
      await gate;
      controller.enqueue(file.subarray(newline));
      controller.close();
    },
  });
  const answer = fetch(`${url}${uploadPath("slow-uploads", label)}`, {
    method: "POST",
    body,
    duplex: "half",
    headers: { cookie, origin: url, "content-type": "text/csv" },
  } as RequestInit);
  let settled: number | null = null;
  void answer.then((a) => (settled = a.status)).catch(() => (settled = -1));
  return { release, answer, settled: () => settled };
}

describe("slow uploads", () => {
  it("take the server's upload slots, not its database: pages, health and a rollback still answer", async () => {
    const v1 = await commitFile("long.csv", `slow v1 ${Date.now()}`);
    await commitFile("long-revised.csv", `slow v2 ${Date.now()}`);
    const file = await readFile(fixture("long.csv"));
    const slow = [slowUpload(`slow a ${Date.now()}`, file), slowUpload(`slow b ${Date.now()}`, file)];
    // Both hold a slot once a further upload is refused (503) instead of reaching the dataset check (404). Other
    // test files share this server: one of ours refused while theirs held a slot is sent again.
    for (let round = 0; ; round++) {
      for (const [i, upload] of slow.entries()) {
        const status = upload.settled();
        if (status === null) continue;
        expect(status, "a slow upload answered before it was released").toBe(503);
        slow[i] = slowUpload(`slow ${i} ${round} ${Date.now()}`, file);
      }
      const more = await api(uploadPath("no-such-dataset", "x"), {
        method: "POST",
        cookie,
        body: "country,year,value\n",
        headers: { "content-type": "text/csv" },
      });
      if (more.status === 503 && slow.every((u) => u.settled() === null)) {
        expect(more.body).toMatchObject({ code: "uploads_busy" });
        break;
      }
      expect([404, 503]).toContain(more.status);
      await new Promise((resolve) => setImmediate(resolve)); // let answers that arrived be seen
    }
    expect((await fetch(`${url}/sources`)).status).toBe(200);
    const health = await api("/api/health");
    expect(health).toMatchObject({ status: 200, body: { ready: true, pool: { saturated: false } } });
    const rollback = await api(`/api/editions/${v1}/current`, { method: "POST", cookie });
    expect(rollback).toMatchObject({ status: 200, body: { editionId: v1 } });
    for (const upload of slow) upload.release();
    const answers = await Promise.all(slow.map((s) => s.answer));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
  });
});
