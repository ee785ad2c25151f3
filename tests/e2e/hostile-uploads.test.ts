import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signIn, createTestDataset } from "../helpers/editor-session";
import { busyWorkbook, HOSTILE_FILES } from "../helpers/hostile-files";

// Issue 21's files uploaded to the running production server (npm start): each took the server down or blocked it
// for seconds. Now each is refused with a located error and a small answer, the database is left as it was, and
// the server answers its health check throughout.
const base = inject("appUrl");
const pool = new pg.Pool({ connectionString: inject("appDatabaseUrl") });
const DATASET = "hostile-uploads";
let cookie: string;

/** A checksum of every row of every table: equal before and after = the refusal changed no row anywhere. */
async function checksums(): Promise<Record<string, string>> {
  const tables = await pool.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const { rows } = await pool.query<{ sum: string | null; n: string }>(
      `SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum, count(*) AS n FROM ${name} t`,
    );
    sums[name] = `${rows[0]!.n}:${rows[0]!.sum ?? ""}`;
  }
  return sums;
}

const upload = (name: string, bytes: Uint8Array, query = "") =>
  fetch(`${base}/api/uploads?dataset=${DATASET}&label=${encodeURIComponent(name)}&fileName=${name}${query}`, {
    method: "POST",
    headers: { cookie, origin: base, "content-type": "application/octet-stream" },
    body: new Uint8Array(bytes),
  });

/** GET /api/health, timed. */
async function health(): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  const response = await fetch(`${base}/api/health`);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - t0 };
}

beforeAll(async () => {
  cookie = await signIn();
  await createTestDataset(cookie, { slug: DATASET, name: "Hostile uploads", definition: "SIPRI" });
});
afterAll(async () => {
  await pool.end();
});

describe("hostile uploads against the running server", () => {
  it.each(HOSTILE_FILES.map((f) => [f.name, f] as const))(
    "%s: refused, located, a small answer, nothing changed, the server up",
    async (_, file) => {
      const before = await checksums();
      const query = file.overrides?.unit ? `&unit=${file.overrides.unit}` : "";
      const response = await upload(file.name, file.bytes(), query);
      const text = await response.text();
      expect(response.status).toBe(422);
      expect(text.length).toBeLessThan(600_000);
      const body = JSON.parse(text) as { status: string; errors: { code: string; line: number; column: number }[] };
      expect(body.status).toBe("rejected");
      expect(body.errors[0]).toMatchObject(file.refused);
      expect(await checksums()).toEqual(before);
      expect((await health()).status).toBe(200);
    },
    60_000,
  );

  it("a workbook that keeps the parser busy for seconds: health answers within a second throughout, then a refusal", async () => {
    const before = await checksums();
    const answers: { status: number; ms: number }[] = [];
    let settled = false;
    const refused = upload("busy.xlsx", busyWorkbook()).then(async (r) => {
      settled = true;
      return { status: r.status, body: (await r.json()) as { errors: { code: string; line: number }[] } };
    });
    // one health check after another until the upload is answered: each waits for the last, none for a timer
    while (!settled) answers.push(await health());
    const { status, body } = await refused;
    expect(status).toBe(422);
    // ended by the worker's time limit (10 s + 1 s per MB) at the line it had reached, not at line 1
    expect(body.errors[0]).toMatchObject({ code: "parseTimeLimit" });
    expect(body.errors[0]!.line).toBeGreaterThan(1);
    expect(answers.length).toBeGreaterThan(5);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(1000);
    expect(await checksums()).toEqual(before);
  }, 120_000);
});
