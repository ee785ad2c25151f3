import { describe, expect, it } from "vitest";
import { scryptLoad, withScryptSlot } from "../../lib/auth/scrypt-gate";
import { isAppError } from "../../lib/errors/app-error";

describe("the scrypt gate", () => {
  it("runs at most 2 password checks at once, queues 16, and refuses the rest at once", async () => {
    let running = 0;
    let most = 0;
    const check = () =>
      withScryptSlot(async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        return "checked";
      });
    const results = await Promise.allSettled(Array.from({ length: 20 }, check));
    expect(most).toBe(2);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(18);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(2);
    expect(refused.every((r) => isAppError(r.reason, "sign_in_busy"))).toBe(true);
    expect(scryptLoad()).toEqual({ running: 0, waiting: 0 });
  });

  it("frees its slot when a check throws", async () => {
    await expect(withScryptSlot(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(scryptLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
