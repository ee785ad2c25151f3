import SwaggerParser from "@apidevtools/swagger-parser";
import Papa from "papaparse";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readManifest } from "../../lib/import/shipped-manifest";
import { ZCitationQuery, ZObservationsQuery } from "../../lib/public-api/params";
import { ZDataset, ZDatasetList, ZObservations, ZProblem } from "../../lib/public-api/schemas";
import { api, editionIdOf, signIn, createTestDataset } from "../helpers/editor-session";

// The public read API v1 against the running production server and its real database (the shipped datasets, plus a
// dataset of hostile notes loaded here through the editors' endpoints): every endpoint, caching, CORS and errors.
const base = inject("appUrl");
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
const problemOf = async (response: Response) => {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return ZProblem.parse(await response.json());
};

let hostileEdition: number;
beforeAll(async () => {
  const cookie = await signIn();
  await createTestDataset(cookie, { slug: "formula-test", name: "=Formula test" }, "allowed");
  const csv =
    "country,year,value,status,note,source\r\n" +
    'JPN,2024,1.5,actual,"=HYPERLINK(""https://evil.example"")",+cmd\r\n' +
    "POL,2024,4.1,estimate,@SUM(A1),-2+3\r\n";
  const staged = await api(`/api/uploads?dataset=formula-test&label=${encodeURIComponent("=1+1")}&fileName=f.csv`, {
    method: "POST",
    cookie,
    body: csv,
    headers: { "content-type": "text/csv" },
  });
  hostileEdition = editionIdOf(staged);
  const committed = await api(`/api/editions/${hostileEdition}/commit`, { method: "POST", cookie });
  expect(committed.status).toBe(200);
});

describe("GET /api/v1/datasets", () => {
  it("lists every dataset with definition, unit, licence, publisher, newest year and committed editions", async () => {
    const response = await get("/api/v1/datasets");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=10");
    const { datasets } = ZDatasetList.parse(await response.json());
    const sipri = datasets.find((d) => d.slug === "sipri")!;
    expect(sipri).toMatchObject({ definition: "SIPRI", unit: "percent_of_gdp" });
    expect(sipri.publisher).toMatch(/SIPRI/);
    // the manifest's editions, newest first: April 2026 is read whole from SIPRI's workbook (nothing carried)
    const shipped = (await readManifest()).datasets.find((d) => d.slug === "sipri")!.editions;
    expect(sipri.editions.map((e) => e.label)).toEqual(shipped.map((e) => e.label).reverse());
    const [current, previous] = sipri.editions;
    expect(current).toMatchObject({ current: true, basedOn: previous!.id, publishedOn: "2026-04-27", carried: 0 });
    expect(sipri.newestYear).toBe(2025);
    expect(sipri.links.observations).toBe(`${base}/api/v1/datasets/sipri/observations`);
  });

  it("answers 304 to the ETag it sent, with the same validators and no body", async () => {
    const first = await get("/api/v1/datasets");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    const again = await get("/api/v1/datasets", { "if-none-match": `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect(await again.text()).toBe("");
    expect((await get("/api/v1/datasets", { "if-none-match": '"stale"' })).status).toBe(200);
  });

  it("refuses a parameter it does not take, by name", async () => {
    const problem = await problemOf(await get("/api/v1/datasets?limit=5"));
    expect(problem).toMatchObject({ status: 400, invalidParams: [{ name: "limit" }] });
    expect(problem.type).toBe(`${base}/api#problem-invalid-parameter`);
  });
});

describe("GET /api/v1/datasets/{slug}", () => {
  it("gives one dataset with its editions; an unknown one is a 404 problem", async () => {
    const response = await get("/api/v1/datasets/nato");
    expect(response.status).toBe(200);
    const nato = ZDataset.parse(await response.json());
    expect(nato.editions.map((e) => e.label)).toEqual(["August 2025", "June 2024"]);
    expect(nato.editions.every((e) => e.carried === 0 && /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
    const missing = await get("/api/v1/datasets/no-such-thing");
    expect(missing.status).toBe(404);
    expect(await problemOf(missing)).toMatchObject({ status: 404, instance: "/api/v1/datasets/no-such-thing" });
    expect((await get("/api/v1/datasets/..%2F..%2Fetc")).status).toBe(404);
  });
});

describe("GET /api/v1/datasets/{slug}/observations", () => {
  const path = "/api/v1/datasets/sipri/observations?countries=JPN,POL&from=2014&to=2026";

  it("gives long-format JSON naming the current edition, with its pinned URL", async () => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=10");
    const body = ZObservations.parse(await response.json());
    expect(body.pinned).toBe(false);
    expect(body.observations.map((o) => `${o.country} ${o.year}`)).toContain("JPN 2025");
    expect(new Set(body.observations.map((o) => o.country))).toEqual(new Set(["JPN", "POL"]));
    expect(body.observations.every((o) => o.year >= 2014 && o.year <= 2026 && o.edition === body.edition.id)).toBe(
      true,
    );
    const japan2024 = body.observations.find((o) => o.country === "JPN" && o.year === 2024)!;
    expect(japan2024).toMatchObject({ country_name: "Japan", dataset: "sipri", status: "actual" });
    expect(typeof japan2024.value).toBe("number");
    const pinned = `${base}/api/v1/datasets/sipri/observations?countries=JPN,POL&from=2014&to=2026&edition=${body.edition.id}`;
    expect(body.links.pinned).toBe(pinned);
    expect(response.headers.get("content-location")).toBe(pinned);
  });

  it("serves the pinned URL as immutable, with an ETag that answers 304", async () => {
    const live = ZObservations.parse(await (await get(path)).json());
    const pinned = await get(`${path}&edition=${live.edition.id}`);
    expect(pinned.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = ZObservations.parse(await pinned.json());
    expect(body).toEqual({ ...live, pinned: true });
    const etag = pinned.headers.get("etag")!;
    const again = await get(`${path}&edition=${live.edition.id}`, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("serves an older edition pinned, with that edition's figures", async () => {
    const sipri = ZDataset.parse(await (await get("/api/v1/datasets/sipri")).json());
    const older = sipri.editions[1]!;
    const body = ZObservations.parse(await (await get(`${path}&edition=${older.id}`)).json());
    expect(body.edition.label).toBe("April 2025");
    expect(body.observations.some((o) => o.year === 2025)).toBe(false);
  });

  it("gives the same fields as CSV, one row per figure", async () => {
    const json = ZObservations.parse(await (await get(path)).json());
    const response = await get(`${path}&format=csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(Object.keys(json.observations[0]!));
    expect(parsed.data).toEqual(
      json.observations.map((o) =>
        Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null ? "" : String(v)])),
      ),
    );
  });

  it("writes CSV that no spreadsheet runs as a formula, as the downloads do", async () => {
    const text = await (
      await get(`/api/v1/datasets/formula-test/observations?format=csv&edition=${hostileEdition}`)
    ).text();
    const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    expect(rows.map((r) => [r.note, r.source, r.edition_label])).toEqual([
      [`'=HYPERLINK("https://evil.example")`, "'+cmd", "'=1+1"],
      ["'@SUM(A1)", "'-2+3", "'=1+1"],
    ]);
    const json = ZObservations.parse(
      await (await get(`/api/v1/datasets/formula-test/observations?edition=${hostileEdition}`)).json(),
    );
    expect(json.observations[0]!.note).toBe('=HYPERLINK("https://evil.example")');
  });

  it("names the bad parameter in a problem+json 400", async () => {
    const cases: [string, string][] = [
      ["from=20x4", "from"],
      ["to=1800", "to"],
      ["from=2020&to=2010", "from"],
      ["countries=JP", "countries"],
      ["countries=JAP", "countries"],
      ["format=xlsx", "format"],
      ["edition=0", "edition"],
      ["edition=99999999999", "edition"],
      ["contries=JPN", "contries"],
      ["from=2014&from=2015", "from"],
    ];
    for (const [query, name] of cases) {
      const response = await get(`/api/v1/datasets/sipri/observations?${query}`);
      expect(response.status, query).toBe(400);
      const problem = await problemOf(response);
      expect(
        problem.invalidParams?.map((p) => p.name),
        query,
      ).toEqual([name]);
      expect(problem.detail, query).toContain(`\`${name}\``);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    }
  });

  it("answers 404 problems for an unknown dataset and for an edition that is not this dataset's", async () => {
    const nato = ZDataset.parse(await (await get("/api/v1/datasets/nato")).json());
    const other = await get(`/api/v1/datasets/sipri/observations?edition=${nato.editions[0]!.id}`);
    expect(await problemOf(other)).toMatchObject({ status: 404, type: `${base}/api#problem-unknown-edition` });
    const unknown = await get("/api/v1/datasets/nope/observations");
    expect(await problemOf(unknown)).toMatchObject({ status: 404, type: `${base}/api#problem-unknown-dataset` });
    expect(await problemOf(await get("/api/v1/nothing-here"))).toMatchObject({ status: 404 });
  });
});

describe("CORS and methods", () => {
  it("allows GET and HEAD from any origin, and nothing else", async () => {
    const preflight = await fetch(`${base}/api/v1/datasets/sipri/observations`, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD");
    const head = await fetch(`${base}/api/v1/datasets`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe((await get("/api/v1/datasets")).headers.get("etag"));
    // a write from the site itself reaches the API and is refused as read-only, without CORS headers
    const post = await fetch(`${base}/api/v1/datasets`, { method: "POST", headers: { origin: base } });
    expect(post.status).toBe(405);
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect((await problemOf(post)).status).toBe(405);
    // from another site, the proxy refuses it before it gets there
    const foreign = await fetch(`${base}/api/v1/datasets`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document that swagger-parser validates, describing the parameters the API checks", async () => {
    const response = await get("/api/v1/openapi.json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const document = (await response.json()) as { openapi: string; servers: { url: string }[] };
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: `${base}/api/v1` }]);
    const validated = (await SwaggerParser.validate(structuredClone(document) as never)) as unknown as {
      paths: Record<string, { get: { parameters?: { name: string; in: string }[] } }>;
    };
    const parameters = validated.paths["/datasets/{slug}/observations"]!.get.parameters!;
    expect(parameters.filter((p) => p.in === "query").map((p) => p.name)).toEqual(
      Object.keys(ZObservationsQuery.shape),
    );
    expect(Object.keys(validated.paths).sort()).toEqual(
      [
        "/datasets",
        "/datasets/{slug}",
        "/datasets/{slug}/observations",
        "/datasets/{slug}/citation",
        "/openapi.json",
      ].sort(),
    );
    const citation = validated.paths["/datasets/{slug}/citation"]!.get.parameters!;
    expect(citation.filter((p) => p.in === "query").map((p) => p.name)).toEqual(Object.keys(ZCitationQuery.shape));
  });
});
