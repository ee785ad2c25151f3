import { describe, expect, it } from "vitest";
import { isAppError } from "../../lib/errors/app-error";
import { boundedRenders } from "../../lib/server/bounded-renders";

/** A render that finishes when the test says so, counting how often it ran. */
function controlled() {
  const finishers: (() => void)[] = [];
  let runs = 0;
  return {
    render: (value: string) => () => {
      runs++;
      return new Promise<string>((resolve) => finishers.push(() => resolve(value)));
    },
    finishAll: () => finishers.splice(0).forEach((f) => f()),
    runs: () => runs,
  };
}
const tick = () => new Promise((r) => setImmediate(r));

describe("bounded renders (the link preview images)", () => {
  it("renders a key once, however many ask at once, and answers later asks from the cache", async () => {
    const renders = boundedRenders<string>({ maxEntries: 10, maxRunning: 2, maxWaiting: 4 });
    const c = controlled();
    const asks = Array.from({ length: 5 }, () => renders.get("en|1|?countries=JPN", c.render("png")));
    await tick();
    c.finishAll();
    expect((await Promise.all(asks)).map((a) => a.value)).toEqual(Array(5).fill("png"));
    expect(c.runs()).toBe(1);
    expect(await renders.get("en|1|?countries=JPN", c.render("other"))).toEqual({ value: "png", hit: true });
  });

  it("runs at most maxRunning at once, queues maxWaiting, and refuses the rest", async () => {
    const renders = boundedRenders<string>({ maxEntries: 100, maxRunning: 2, maxWaiting: 3 });
    const c = controlled();
    const settled = Array.from({ length: 8 }, (_, i) =>
      renders.get(`key ${i}`, c.render(`png ${i}`)).then(
        (a) => a.value,
        (e: unknown) => e,
      ),
    );
    await tick();
    expect(renders.load()).toEqual({ cached: 0, running: 2, waiting: 3 });
    expect(c.runs()).toBe(2);
    while (renders.load().running > 0) {
      c.finishAll();
      await tick();
    }
    const results = await Promise.all(settled);
    expect(results.filter((r) => isAppError(r, "renders_busy"))).toHaveLength(3);
    expect(results.filter((r) => typeof r === "string")).toHaveLength(5);
    expect(c.runs()).toBe(5);
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const renders = boundedRenders<string>({ maxEntries: 2, maxRunning: 1, maxWaiting: 0 });
    const now = (v: string) => () => Promise.resolve(v);
    await renders.get("a", now("A"));
    await renders.get("b", now("B"));
    await renders.get("a", now("A2")); // a is now the most recent
    await renders.get("c", now("C"));
    expect(renders.load().cached).toBe(2);
    expect(await renders.get("a", now("A3"))).toEqual({ value: "A", hit: true });
    expect(await renders.get("b", now("B2"))).toEqual({ value: "B2", hit: false });
  });

  it("does not cache a render that failed", async () => {
    const renders = boundedRenders<string>({ maxEntries: 2, maxRunning: 1, maxWaiting: 0 });
    await expect(renders.get("x", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await renders.get("x", () => Promise.resolve("ok"))).toEqual({ value: "ok", hit: false });
  });
});
