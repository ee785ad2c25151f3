import type { Page } from "playwright-core";
import { inject } from "vitest";

/** Signs in through the real endpoint and returns the session cookie header. */
export async function signIn(index = 0): Promise<string> {
  const editor = inject("editors")[index]!;
  const response = await fetch(`${inject("appUrl")}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: inject("appUrl") },
    body: JSON.stringify({ username: editor.user, password: editor.password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

/**
 * A dataset for a test, made through the real endpoint as an editor does (licence CC0, a placeholder source).
 * `existing: "allowed"` accepts the dataset a re-run against the same database left behind.
 */
export async function createTestDataset(
  cookie: string,
  dataset: { slug: string; name?: string; publisher?: string; definition?: "OTHER" | "SIPRI" },
  existing: "refused" | "allowed" = "refused",
): Promise<void> {
  const { slug, name = slug, publisher = "Test", definition = "OTHER" } = dataset;
  const created = await api("/api/datasets", {
    method: "POST",
    cookie,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ slug, name, publisher, definition, license: "CC0", sourceUrl: "https://example.org/" }),
  });
  if (created.status !== 201 && !(existing === "allowed" && created.status === 409))
    throw new Error(`creating dataset ${slug}: ${created.status} ${JSON.stringify(created.body).slice(0, 200)}`);
}

/** A request as the site's own pages send it: writes carry the site's Origin, as browsers add it (override it to test). */
/** The edition id a write answered with (an upload's staged edition, a commit's edition). */
export function editionIdOf(response: { body: Record<string, unknown> }): number {
  const id = response.body.editionId;
  if (typeof id !== "number") throw new Error(`No edition id in ${JSON.stringify(response.body).slice(0, 200)}`);
  return id;
}

export async function api(path: string, init: RequestInit & { cookie?: string | null } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.method && init.method !== "GET" && !headers.has("origin")) headers.set("origin", inject("appUrl"));
  const response = await fetch(`${inject("appUrl")}${path}`, { ...init, headers, redirect: "manual" });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, body: body as Record<string, unknown> };
}

/**
 * Signs the browser page in as the site's own login form does (a fetch from the page), so Chromium itself stores the
 * __Host- cookie; CDP's cookie API refuses a Secure cookie for http://127.0.0.1.
 */
export async function signInInBrowser(page: Page, index = 0): Promise<void> {
  const editor = inject("editors")[index]!;
  await page.goto(`${inject("appUrl")}/login`);
  const status = await page.evaluate(
    async (credentials) => {
      const response = await fetch("/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(credentials),
      });
      return response.status;
    },
    { username: editor.user, password: editor.password },
  );
  if (status !== 200) throw new Error(`sign-in failed: ${status}`);
}
