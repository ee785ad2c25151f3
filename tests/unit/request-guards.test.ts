import { describe, expect, it } from "vitest";
import { clientAddress, normalize } from "../../lib/api/client-address";
import { checkWriteOrigin, isAddressHost } from "../../lib/api/origin-check";
import { safeNextPath } from "../../lib/auth/safe-next-path";

describe("where sign-in may send the editor next", () => {
  it.each([
    ["/history/nato", "/history/nato"],
    ["/ja/upload?dataset=nato#step-2", "/ja/upload?dataset=nato#step-2"],
    ["/a/../upload", "/upload"],
    [undefined, "/upload"],
    ["", "/upload"],
    ["upload", "/upload"],
    ["//evil.example", "/upload"],
    ["/\\evil.example", "/upload"],
    ["\\/evil.example", "/upload"],
    ["/\t/evil.example", "/upload"],
    ["/\n/evil.example", "/upload"],
    ["/\u0000/evil.example", "/upload"],
    ["/%09/evil.example", "/upload"],
    ["/%5Cevil.example", "/upload"],
    ["https://evil.example/", "/upload"],
    ["javascript:alert(1)", "/upload"],
    ["/\u007f/evil.example", "/upload"],
    // inputs that pass the checks but normalise to a protocol-relative `//host` (issue 21, item 6)
    ["/.//evil.example", "/upload"],
    ["/./\u002f/evil.example", "/upload"],
    ["/%2e//evil.example", "/upload"],
    ["/%2E//evil.example/path?q=1", "/upload"],
    ["/%2e%2e//evil.example", "/upload"],
    ["/x/..//evil.example", "/upload"],
    ["/x/%2e%2e//evil.example", "/upload"],
    ["/a/b/../..//evil.example", "/upload"],
    ["/././/evil.example", "/upload"],
    ["/..//evil.example", "/upload"],
    // still fine: a dot segment that leaves a path on this site
    ["/./upload", "/upload"],
    ["/x/../history/nato?a=1", "/history/nato?a=1"],
  ])("%j → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe("whether a write comes from the site itself", () => {
  const site = "https://dash.example.org";
  it.each([
    [{ origin: "https://dash.example.org" }, "same-origin"],
    [{ origin: "https://evil.example" }, "cross-site"],
    [{ origin: "http://dash.example.org" }, "cross-site"],
    [{ origin: "https://dash.example.org:8443" }, "cross-site"],
    [{ origin: "null" }, "cross-site"],
    [{ origin: "not a url" }, "malformed"],
    [{ origin: "https://dash.example.org/path" }, "malformed"],
    [{ origin: "https://dash.example.org", "sec-fetch-site": "cross-site" }, "same-origin"],
    [{ "sec-fetch-site": "same-origin" }, "same-origin"],
    [{ "sec-fetch-site": "same-site" }, "cross-site"],
    [{ "sec-fetch-site": "none" }, "cross-site"],
    [{}, "missing"],
  ])("%j → %s", (headers, verdict) => {
    expect(checkWriteOrigin(new Headers(headers as Record<string, string>), site)).toBe(verdict);
  });
});

describe("the client address used for throttling", () => {
  it("is the socket's peer unless proxies are trusted, then the entry the nearest proxy appended", () => {
    expect(clientAddress("10.0.0.5", "203.0.113.9", 0)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", "198.51.100.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.5", "198.51.100.1, 203.0.113.9", 2)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.5", undefined, 1)).toBe("10.0.0.5");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("reads IPv4-mapped addresses as IPv4 and groups IPv6 by /64", () => {
    expect(normalize("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalize("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(normalize("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(normalize("2001:0db8::1")).toBe("2001:db8:0:0::/64");
    expect(normalize("::1")).toBe("0:0:0:0::/64");
  });
});

describe("which hosts a write may name when PUBLIC_ORIGIN is not set (DNS rebinding)", () => {
  it.each([
    ["http://127.0.0.1:3000", true],
    ["http://localhost:3000", true],
    ["http://dash.localhost:3000", true],
    ["http://192.168.1.5:3000", true],
    ["http://[::1]:3000", true],
    ["http://[fe80::1]:3000", true],
    ["http://2130706433:3000", true], // the URL parser reads it as 127.0.0.1
    ["http://evil.example:3000", false],
    ["http://127.0.0.1.evil.example:3000", false],
    ["http://localhost.evil.example", false],
    ["https://dash.example.org", false],
    ["not an origin", false],
  ])("%s → %s", (origin, allowed) => {
    expect(isAddressHost(origin)).toBe(allowed);
  });
});
