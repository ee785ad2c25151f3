import { describe, expect, it } from "vitest";
import { requestOrigin } from "../../lib/api/request-origin";
import { decodeViewKey, encodeViewKey, INTERNAL_VIEW_PATH } from "../../lib/dashboard/state/view-key";

const key = (search: string, version = "7", origin = "https://dash.example.org") =>
  encodeViewKey(version, origin, new URLSearchParams(search));

describe("the cached view's key", () => {
  it("holds the data version, the origin and the view, and reads back", () => {
    expect(decodeViewKey(key("countries=JPN~POL&from=2014"))).toEqual({
      version: "7",
      origin: "https://dash.example.org",
      query: "countries=JPN~POL&from=2014",
    });
  });

  it("is the same for equivalent URLs: fixed parameter order, no tracking or cache-busting parameters", () => {
    expect(key("from=2014&countries=JPN~POL&utm_source=chat&_rsc=abc")).toBe(key("countries=JPN~POL&from=2014"));
    expect(key("countries=JPN%7EPOL")).toBe(key("countries=JPN~POL"));
  });

  it("differs by data version, origin and every view parameter", () => {
    const keys = [
      key("countries=JPN"),
      key("countries=JPN", "8"),
      key("countries=JPN", "7", "http://other.example"),
      key("countries=JPN&view=table"),
      key("countries=JPN&v=3"),
      key("countries=JPN&year=2020"),
      key("countries=JPN&dataset=nato"),
      key("countries=JPN&to=2020"),
      key("countries=JPN&view=outlook"),
      key("countries=JPN&view=outlook&sc=JPN"),
      key("countries=JPN&view=outlook&gdp=3"),
      key("countries=JPN&view=outlook&spend=3"),
      key("countries=JPN&prev=1"),
      key("countries=JPN&view=table&rev=JPN-2024"),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("rejects keys it did not write", () => {
    for (const bad of [
      "abc",
      "",
      Buffer.from("[1,2,3]").toString("base64url"),
      Buffer.from(JSON.stringify(["1", "javascript:alert(1)", ""])).toString("base64url"),
    ]) {
      expect(decodeViewKey(bad)).toBeNull();
    }
  });

  it("takes the origin the browser sees, and refuses a malformed Host", () => {
    expect(requestOrigin(new Headers({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
    expect(
      requestOrigin(
        new Headers({ host: "internal:3000", "x-forwarded-host": "dash.example.org", "x-forwarded-proto": "https" }),
      ),
    ).toBe("https://dash.example.org");
    expect(requestOrigin(new Headers({ host: "a.example/evil?x=" }))).toBeNull();
    expect(requestOrigin(new Headers({ host: "a.example", "x-forwarded-proto": "javascript" }))).toBeNull();
  });

  it("recognises the internal route readers may not ask for", () => {
    expect(
      ["/view/x", "/en/view/x", "/ja/view", "/embed/x", "/ar/embed/x"].every((p) => INTERNAL_VIEW_PATH.test(p)),
    ).toBe(true);
    expect(
      ["/", "/viewer", "/sources", "/en/history/nato", "/embed", "/ja/embed"].some((p) => INTERNAL_VIEW_PATH.test(p)),
    ).toBe(false);
  });
});
