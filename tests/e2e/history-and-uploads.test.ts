import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, editionIdOf, signIn, createTestDataset } from "../helpers/editor-session";

// What the history page shows whom, and what an upload may carry: issue 21's smaller holes, against the running app.
const base = inject("appUrl");
const editor = inject("editors")[0]!;
const slug = "history-privacy";
let cookie: string;
const csv = (rows: string) => ({ method: "POST", cookie, headers: { "content-type": "text/csv" }, body: rows });
const upload = (label: string, rows: string, extra = "") =>
  api(`/api/uploads?dataset=${slug}&label=${encodeURIComponent(label)}&fileName=f.csv&mode=replace${extra}`, csv(rows));

beforeAll(async () => {
  cookie = await signIn();
  await createTestDataset(cookie, { slug, name: "History privacy" }, "allowed");
  const first = await upload("Committed edition", "country,year,value\nJPN,2020,1.0\nPOL,2020,2.2\n");
  if (first.status === 200)
    expect((await api(`/api/editions/${editionIdOf(first)}/commit`, { method: "POST", cookie })).status).toBe(200);
});

describe("/history", () => {
  it("shows public readers committed editions only, without editors' names; editors see everything", async () => {
    const pending = await upload("Pending review", "country,year,value\nJPN,2020,1.1\nPOL,2020,2.2\n");
    expect(pending.status, JSON.stringify(pending.body)).toBe(200);
    const publicPage = await (await fetch(`${base}/history/${slug}`)).text();
    expect(publicPage).toContain("Committed edition");
    expect(publicPage).not.toContain("Pending review");
    expect(publicPage).not.toContain(`>${editor.user}<`);
    const editorPage = await (await fetch(`${base}/history/${slug}`, { headers: { cookie } })).text();
    expect(editorPage).toContain("Pending review");
    expect(editorPage).toContain(`>${editor.user}<`);
  });
});

describe("uploads", () => {
  it("refuse a label that a pending upload holds, and keep the pending upload", async () => {
    const first = await upload("Held label", "country,year,value\nJPN,2020,1.3\nPOL,2020,2.2\n");
    expect(first.status).toBe(200);
    const second = await upload("Held label", "country,year,value\nJPN,2020,1.4\nPOL,2020,2.2\n");
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: "duplicate_label", params: { pendingEdition: editionIdOf(first) } });
    const editorPage = await (await fetch(`${base}/history/${slug}`, { headers: { cookie } })).text();
    expect(editorPage).toContain("Held label");
    expect(editorPage).toContain(`>${editionIdOf(first)}<`);
  });

  it.each([
    ["a NUL byte in the label", "v\u0000", ""],
    ["a control character in the label", "v\u0007", ""],
    ["a note over 2,000 characters", "long note", `&note=${"n".repeat(2001)}`],
  ])("refuse %s with 422 and a message, not 500", async (_what, label, extra) => {
    const response = await upload(label, "country,year,value\nJPN,2020,1.5\n", extra);
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toMatch(/control character|at most 2,000/);
  });
});
