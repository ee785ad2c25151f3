import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DECLARED_PLANS, plansFor } from "../../lib/reference/declared-plans";

const sources = readFileSync(new URL("../../data/SOURCES.md", import.meta.url), "utf8");

describe("declared plans", () => {
  it.each(DECLARED_PLANS.map((p) => [p.id, p] as const))("%s has its source and date, in SOURCES.md too", (id, p) => {
    expect(p.source.url).toMatch(/^https?:\/\/\S+$/);
    expect(p.announcedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.milestones.length).toBeGreaterThan(0);
    for (const m of p.milestones) {
      expect(m.value).toBeGreaterThan(0);
      expect(m.value).toBeLessThan(10);
      expect(Number(p.announcedOn.slice(0, 4))).toBeLessThanOrEqual(m.year + 3);
    }
    expect(sources).toContain(`\`${id}\``);
    expect(sources).toContain(p.source.url);
  });

  it("has unique ids, and draws Japan's FY2027 goal and its bringing forward, oldest milestone first", () => {
    expect(new Set(DECLARED_PLANS.map((p) => p.id)).size).toBe(DECLARED_PLANS.length);
    expect(plansFor("JPN").map((p) => p.id)).toEqual(["jpn-2-fy2025", "jpn-2-fy2027"]);
    expect(plansFor("FRA")).toEqual([]);
  });
});
