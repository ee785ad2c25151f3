import { describe, expect, inject, it } from "vitest";

// /og draws a PNG per view: cached under the normalised view, drawn at most a few at once (issue 21, item 7).
const base = inject("appUrl");
const og = (query: string) => fetch(`${base}/og?${query}`);

describe("link preview images", () => {
  it("draw one image per view: unknown or reordered parameters get the cached one", async () => {
    const first = await og("countries=JPN~POL&from=2014&junk=1");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await first.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    for (const same of [
      "countries=JPN~POL&from=2014&junk=2",
      "from=2014&countries=JPN~POL",
      "countries=JPN~POL&from=2014&zz=" + "x".repeat(500),
    ]) {
      const again = await og(same);
      expect(again.headers.get("x-preview-cache"), same).toBe("hit");
      expect(Buffer.from(await again.arrayBuffer()).equals(png)).toBe(true);
    }
    const other = await og("countries=JPN~DEU&from=2014");
    expect(other.headers.get("x-preview-cache")).toBe("miss");
    await other.arrayBuffer();
  });

  it("answer a flood of distinct views with images or 503 + Retry-After, never an error", async () => {
    const years = Array.from({ length: 30 }, (_, i) => 1960 + i);
    const answers = await Promise.all(
      years.map(async (from) => {
        const response = await og(`countries=JPN~KOR&from=${from}`);
        await response.arrayBuffer();
        return { status: response.status, retryAfter: response.headers.get("retry-after") };
      }),
    );
    for (const answer of answers) expect([200, 503]).toContain(answer.status);
    expect(answers.some((a) => a.status === 200)).toBe(true);
    for (const refused of answers.filter((a) => a.status === 503)) expect(refused.retryAfter).toBe("2");
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});
