import { describe, expect, it } from "vitest";
import { dotsPath } from "../../lib/dashboard/geometry/dots-path";

describe("dotsPath", () => {
  it("draws each dot as a closed circle of two arcs, centred on its point, to hundredths", () => {
    expect(
      dotsPath(
        [
          { x: 44, y: 310.4 },
          { x: 68.625, y: 311.1 },
        ],
        2,
      ),
    ).toBe("M42,310.4a2,2 0 1 0 4,0a2,2 0 1 0 -4,0" + "M66.63,311.1a2,2 0 1 0 4,0a2,2 0 1 0 -4,0");
  });

  it("gives one subpath per dot, and nothing for no dots", () => {
    const dots = Array.from({ length: 11 }, (_, i) => ({ x: 44 + 24.6 * i, y: 300 - i }));
    expect(dotsPath(dots, 3).match(/M/g)).toHaveLength(11);
    expect(dotsPath([], 3)).toBe("");
  });
});
