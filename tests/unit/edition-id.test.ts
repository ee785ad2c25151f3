import { describe, expect, it } from "vitest";
import { parseEditionId } from "../../lib/api/params";
import { editionIdOf } from "../../lib/dashboard/state/edition-id";
import { parseState } from "../../lib/dashboard/state/url-state";

const known = { datasets: ["sipri"], countries: new Set(["JPN"]) };

// One definition of an edition id, read by the URL codec (`v=`), the proxy's 400 and the API's routes alike.
describe("an edition id as links and routes write it", () => {
  it.each([
    ["1", 1],
    ["2147483647", 2147483647],
    ["2147483648", null],
    ["9999999999", null],
    ["99999999999", null],
    ["0", null],
    ["01", null],
    ["-1", null],
    ["1e3", null],
    [" 12", null],
    ["0x1f", null],
    ["", null],
  ])("%s → %s", (text, id) => {
    expect(editionIdOf(text)).toBe(id);
    expect(parseState({ v: text }, known).edition).toBe(id);
    if (id === null) expect(() => parseEditionId(text)).toThrow("Not an edition id.");
    else expect(parseEditionId(text)).toBe(id);
  });
});
