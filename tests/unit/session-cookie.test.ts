import { describe, expect, it } from "vitest";
import { sessionCookieName, sessionCookies } from "../../lib/auth/session-cookie";

describe("the session cookie", () => {
  it.each(["https://dash.example.org", "http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"])(
    "is __Host- and Secure on %s",
    (origin) => {
      expect(sessionCookies(origin, "t", 60)).toEqual([
        "__Host-dsd_session=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure",
      ]);
    },
  );

  it("falls back to a plain cookie only on plain http to another address, where browsers drop Secure cookies", () => {
    expect(sessionCookies("http://192.168.1.5:3000", "t", 60)).toEqual([
      "dsd_session=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=60",
    ]);
  });

  it("clears both names at sign-out", () => {
    expect(sessionCookies("https://dash.example.org", "", 0)).toEqual([
      "__Host-dsd_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure",
      "dsd_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
    ]);
  });

  it.each([
    ["https://dash.example.org", "__Host-dsd_session"],
    ["http://127.0.0.1:3000", "__Host-dsd_session"],
    ["http://localhost:3000", "__Host-dsd_session"],
    ["http://192.168.1.5:3000", "dsd_session"],
  ])("is read on %s from %s only (a planted unprefixed cookie is ignored on https)", (origin, name) => {
    expect(sessionCookieName(origin)).toBe(name);
  });
});
