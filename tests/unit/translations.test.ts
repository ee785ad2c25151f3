import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "../../i18n/routing";

// Every user-visible string goes through next-intl: each language must have every key English has, no more, and
// no empty text. A key added in English and forgotten in Arabic or Japanese fails here.
const load = (locale: string) =>
  JSON.parse(readFileSync(path.join("messages", `${locale}.json`), "utf8")) as Record<string, unknown>;
const keys = (tree: Record<string, unknown>, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const leaf = (tree: Record<string, unknown>, key: string) =>
  key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);

describe("translations", () => {
  const english = keys(load("en")).sort();

  it("has a message file for every locale and nothing else", () => {
    expect(
      readdirSync("messages")
        .map((f) => f.replace(/\.json$/, ""))
        .sort(),
    ).toEqual([...routing.locales].sort());
  });

  it.each(routing.locales.filter((l) => l !== "en"))(
    "%s has exactly the English keys, none empty, placeholders kept",
    (locale) => {
      const messages = load(locale);
      expect(keys(messages).sort()).toEqual(english);
      for (const key of english) {
        const text = String(leaf(messages, key));
        expect(text.trim(), key).not.toBe("");
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(text), key).toEqual(placeholders(String(leaf(load("en"), key))));
      }
    },
  );

  it("translates what readers see in Arabic and Japanese (not English left in place)", () => {
    for (const locale of ["ar", "ja"]) {
      const messages = load(locale);
      const untouched = english.filter(
        (k) => leaf(messages, k) === leaf(load("en"), k) && /[a-z]{4,}/.test(String(leaf(messages, k))),
      );
      // brand names and formats that are the same in every language
      expect(
        untouched.filter(
          (k) =>
            !/^(definitions\.(NATO|SIPRI)|controls\.groups\.(NATO|EU|G7)|chart\.source|upload\.summary|describe\.status)$/.test(
              k,
            ),
        ),
        locale,
      ).toEqual([]);
    }
  });
});
